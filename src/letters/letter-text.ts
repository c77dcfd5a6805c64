import type { LetterDocument, LetterLang } from './letter.js';

/**
 * A letter as plain text, laid out as it is mailed: the sender block, the date, the recipient, the
 * RE line with its references, the salutation, the paragraphs, the closing, room to sign, the
 * signature block and the enclosures. The PDF renderer lays out the same parts in the same order
 * (`letterParts`), so the two never disagree about what a letter says.
 */

/** Words the layout adds around the letter's own text. */
export const layoutWords: Record<
  LetterLang,
  { re: string; enclosures: string; page: (i: number, n: number) => string }
> = {
  en: { re: 'RE:', enclosures: 'Enclosures:', page: (i, n) => `Page ${i} of ${n}` },
  es: { re: 'Asunto:', enclosures: 'Anexos:', page: (i, n) => `Página ${i} de ${n}` },
};

// C0/C1 controls other than tab and line breaks, and the Unicode bidi embedding, override and
// isolate controls: a person's text must not reorder what is printed around it (U+202E).
// eslint-disable-next-line no-control-regex
const controls = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/**
 * One line of a person's text as it may be printed: NFC (so "ễ" is one character, as fonts map
 * it), tabs and line breaks as spaces, invisible controls removed, spaces collapsed. It stays text:
 * `<script>` is printed as written, never interpreted.
 */
export function cleanLine(text: string): string {
  return text
    .normalize('NFC')
    .replace(controls, '')
    .replace(/[\t\r\n\u2028\u2029]+/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** A paragraph as lines: the person's own line breaks kept, each line cleaned. */
export function cleanParagraph(text: string): string[] {
  return text
    .split(/\r\n|[\r\n\u2028\u2029]/)
    .map(cleanLine)
    .filter((line, index, all) => line !== '' || (index > 0 && index < all.length - 1));
}

/** One element of the mailed layout; `gap` is the number of blank lines before it. */
export type LetterPart =
  | { readonly kind: 'line'; readonly text: string; readonly gap: number; readonly bold?: boolean }
  | {
      readonly kind: 'reference';
      readonly label: string;
      readonly value: string;
      readonly gap: number;
    }
  | { readonly kind: 'paragraph'; readonly lines: readonly string[]; readonly gap: number }
  /** The closing, room to sign and the signature block: kept together on one page. */
  | { readonly kind: 'signature'; readonly lines: readonly string[]; readonly gap: number }
  | { readonly kind: 'bullet'; readonly text: string; readonly gap: number };

/** Blank lines left to sign in, between the closing and the printed name. */
export const signatureRoom = 3;

/** The letter's parts in mail order, every string cleaned. Shared by the text and PDF renderers. */
export function letterParts(doc: LetterDocument): LetterPart[] {
  const words = layoutWords[doc.lang];
  const lines = (texts: readonly string[], gap: number, bold = false): LetterPart[] =>
    texts
      .map(cleanLine)
      .map((text, index) => ({ kind: 'line', text, gap: index === 0 ? gap : 0, bold }));
  const parts: LetterPart[] = [
    ...lines(doc.from, 0),
    ...lines([doc.date], 1),
    ...lines(doc.to, 1),
    { kind: 'line', text: `${words.re} ${cleanLine(doc.subject)}`, gap: 1, bold: true },
    ...doc.reference.map(([label, value]): LetterPart => ({
      kind: 'reference',
      label: cleanLine(label),
      value: cleanLine(value),
      gap: 0,
    })),
    ...lines([doc.salutation], 1),
    ...doc.body.map((text): LetterPart => ({
      kind: 'paragraph',
      lines: cleanParagraph(text),
      gap: 1,
    })),
    {
      kind: 'signature',
      lines: [
        cleanLine(doc.closing),
        ...Array<string>(signatureRoom).fill(''),
        ...doc.signature.map(cleanLine),
      ],
      gap: 1,
    },
  ];
  if (doc.enclosures.length > 0) {
    parts.push({ kind: 'line', text: words.enclosures, gap: 1 });
    for (const enclosure of doc.enclosures)
      parts.push({ kind: 'bullet', text: cleanLine(enclosure), gap: 0 });
  }
  return parts;
}

/**
 * The letter as plain text, paragraphs wrapped at `width` characters (0: one line per paragraph,
 * for pasting into a plan's web form). References line up after their labels.
 */
export function letterText(doc: LetterDocument, { width = 72 }: { width?: number } = {}): string {
  const parts = letterParts(doc);
  const labelWidth = Math.max(
    0,
    ...parts.map((part) => (part.kind === 'reference' ? part.label.length + 1 : 0)),
  );
  const out: string[] = [];
  for (const part of parts) {
    for (let i = 0; i < part.gap; i += 1) out.push('');
    switch (part.kind) {
      case 'line':
        out.push(part.text);
        break;
      case 'reference':
        out.push(
          ...wrap(
            `${`${part.label}:`.padEnd(labelWidth)} ${part.value}`,
            width > 0 ? width - 4 : 0,
            labelWidth + 1,
          ).map((line) => `    ${line}`),
        );
        break;
      case 'paragraph':
        for (const line of part.lines) out.push(...wrap(line, width));
        break;
      case 'signature':
        out.push(...part.lines);
        break;
      case 'bullet':
        out.push(...wrap(`- ${part.text}`, width, 2));
        break;
      default:
        part satisfies never;
    }
  }
  return `${out.join('\n')}\n`;
}

/**
 * Greedy word wrap at `width` characters (code points); continuation lines indented by `hang`. A
 * word longer than the line is left whole: plain text may run long, a PDF line may not.
 */
export function wrap(text: string, width: number, hang = 0): string[] {
  if (width <= 0 || [...text].length <= width) return [text];
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if ([...candidate].length <= width || line.trim() === '') line = candidate;
    else {
      lines.push(line);
      line = `${' '.repeat(hang)}${word}`;
    }
  }
  lines.push(line);
  return lines;
}
