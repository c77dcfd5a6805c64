import { useT } from './i18n/messages.js';

/**
 * Whether opinions agree, said in words with a mark beside them — never by colour alone.
 * `null` is "cannot tell" (no codes and no marking of the person's own).
 */
export function AgreementMark({ agrees }: { agrees: boolean | null }) {
  const t = useT().opinions.agreement;
  if (agrees === null)
    return (
      <span className="agreement unclear">
        <span aria-hidden="true">? </span>
        {t.cannotTell}
      </span>
    );
  return agrees ? (
    <span className="agreement agrees">
      <span aria-hidden="true">✓ </span>
      {t.agrees}
    </span>
  ) : (
    <span className="agreement differs">
      <span aria-hidden="true">≠ </span>
      {t.differs}
    </span>
  );
}
