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
  /\b(?:health plans?|health insurance(?: company)?|insurance(?: company)?|benefit administrators|administrators|health|healthcare|health care|blue cross[\w ]*|blue shield[\w ]*|assurance|mutual|care|community health|medical plan|plan|dental|vision|\w+health(?:care)?)$/i;
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
    // The letterhead may share its line with a title in another column, and follow a logo that a
    // scan reads as a stray sign or two ("€   % Sunmeadow Health").
    const column = line.split(/\s{3,}/).find((part) => /\p{L}{2}/u.test(part)) ?? '';
    const trimmed = column.replace(/^[^\p{L}]+/u, '').trim();
    const start = offset + line.indexOf(trimmed);
    offset += line.length + 1;
    if (trimmed === '' || notAName.test(trimmed) || wordsOf(trimmed) > 7 || !/^[A-Z]/.test(trimmed))
      continue;
    if (/[^\w &'.,-]/.test(trimmed)) continue;
    const name = completed(trimmed, text);
    // Without a plan-like ending, only a name in title case is a letterhead, not a sentence
    // ("Thank you for having a … plan.", "Results of the review").
    const planLike = orgSuffix.test(coreOf(name));
    if (!planLike && !titleCase(coreOf(trimmed))) continue;
    return { name, start, end: start + trimmed.length, confidence: planLike ? 0.8 : 0.5 };
  }
  return namedInBody(text);
}

const connectors = new Set(['of', 'and', 'the', 'de', 'for', '&', 'by', 'from']);

/**
 * A name without its legal form or its state: "Health Net of California, Inc." → "Health Net",
 * "Delta Dental of California" → "Delta Dental", so that what kind of name it is shows.
 */
function coreOf(name: string): string {
  return name
    .replace(/,?\s+(?:Inc\.?|LLC|L\.L\.C\.|Corp\.?|Co\.)$/i, '')
    .replace(
      /\s+of\s+(?:the\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?$|\s+OF\s+[A-Z]+(?:\s+[A-Z]+)?$/,
      '',
    );
}

function titleCase(line: string): boolean {
  if (/[.!?:,;]$/.test(line)) return false;
  return line
    .split(/\s+/)
    .every((word) => connectors.has(word.toLowerCase()) || /^[A-Z0-9]/.test(word));
}

/** Words that open a sentence, not a plan's name: "At Acme Health Plan we …". */
const leadingWords =
  /^(?:(?:At|The|Your|Our|Thank|Dear|By|From|With|This|Since|Because|For|To|In)\s+)+/;

/**
 * A letter without a letterhead (an excerpt, a portal copy) still names its plan in the body:
 * "At Hudson Valley Health Plan of New York we try hard …". Less sure than a letterhead.
 */
function namedInBody(text: string): FoundName | null {
  const m =
    /\b(?:[A-Z][\w&'-]*\s+){1,4}(?:Health Plans?|Health Insurance Company|Insurance Company|Healthcare|HealthCare|Health Care|Blue Cross(?: (?:and )?Blue Shield)?)\b(?:\s+of\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?/.exec(
      text.slice(0, 4000),
    );
  if (m === null) return null;
  const lead = leadingWords.exec(m[0])?.[0] ?? '';
  const name = m[0].slice(lead.length).replace(/\s+/g, ' ').trim();
  if (wordsOf(name) < 2) return null;
  const start = m.index + lead.length;
  return { name, start, end: start + m[0].length - lead.length, confidence: 0.4 };
}
