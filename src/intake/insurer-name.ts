/**
 * The plan or administrator issuing the notice, as its letterhead names it: the first name-like
 * line at the top, completed from the body when the letterhead breaks it ("ALDER & FINCH" /
 * "Benefit Administrators"). Delegated review vendors sign letters but are not the insurer.
 */

export interface FoundName {
  readonly name: string;
  readonly start: number;
  readonly end: number;
  readonly confidence: number;
}

const orgSuffix =
  /\b(?:health plans?|health insurance(?: company)?|insurance(?: company)?|benefit administrators|administrators|health|healthcare|health care|blue cross[\w ]*|blue shield[\w ]*|assurance|mutual|care|community health|medical plan|plan)$/i;
const notAName =
  /page \d+ of \d+|\d{3}|p\.?o\.? box|\b(?:notice|statement|explanation|dear|re:|member|claim|date|this is not|important|utilization management)\b/i;

function wordsOf(line: string): number {
  return line.split(/\s+/).filter((w) => w !== '').length;
}

/** How the body spells the letterhead's name at its longest ("Alder & Finch Benefit Administrators"). */
function completed(name: string, text: string): string {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  const re = new RegExp(`${escaped}(?:[ \\t]+[A-Z][\\w&'-]*){0,3}`, 'gi');
  let best = name;
  for (const m of text.matchAll(re)) {
    const candidate = m[0].replace(/\s+/g, ' ').trim();
    const trimmed =
      /^(.*?(?:\b(?:Plans?|Company|Administrators|Health|Insurance|Inc\.?|Corporation)))\b/i.exec(
        candidate,
      )?.[1];
    if (trimmed !== undefined && trimmed.length > best.length && orgSuffix.test(trimmed))
      best = trimmed;
  }
  return best;
}

export function findInsurerName(text: string): FoundName | null {
  const lines = text.split(/[\n\f]/);
  let offset = 0;
  for (const [index, line] of lines.entries()) {
    if (index > 12) break;
    // The letterhead may share its line with a title in another column.
    const trimmed = line.trim().split(/\s{3,}/)[0] ?? '';
    const start = offset + line.indexOf(trimmed);
    offset += line.length + 1;
    if (trimmed === '' || notAName.test(trimmed) || wordsOf(trimmed) > 7 || !/^[A-Z]/.test(trimmed))
      continue;
    if (/[^\w &'.,-]/.test(trimmed)) continue;
    const name = completed(trimmed, text);
    return {
      name,
      start,
      end: start + trimmed.length,
      confidence: orgSuffix.test(name) ? 0.8 : 0.5,
    };
  }
  return null;
}
