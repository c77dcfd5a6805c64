/**
 * Whether opinions agree, said in words with a mark beside them — never by colour alone.
 * `null` is "cannot tell" (no codes and no marking of the person's own).
 */
export function AgreementMark({ agrees }: { agrees: boolean | null }) {
  if (agrees === null)
    return (
      <span className="agreement unclear">
        <span aria-hidden="true">? </span>Cannot tell
      </span>
    );
  return agrees ? (
    <span className="agreement agrees">
      <span aria-hidden="true">✓ </span>Agrees
    </span>
  ) : (
    <span className="agreement differs">
      <span aria-hidden="true">≠ </span>Differs
    </span>
  );
}
