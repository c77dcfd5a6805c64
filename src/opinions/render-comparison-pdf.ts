import { PDFDocument } from 'pdf-lib';
import type { LetterLang } from '../letters/letter.js';
import { cleanParagraph } from '../letters/letter-text.js';
import { drawLetter, setMetadata } from '../letters/render-letter-pdf.js';
import {
  embedFonts,
  letterPage,
  needsFallbackFace,
  type Face,
  type PlacedLine,
  type Block,
  type BlockLine,
  type TextStyle,
  type Typesetter,
} from '../letters/render-fonts.js';
import {
  comparisonWords,
  fieldIds,
  sheetWords,
  type ComparisonWords,
  type FieldId,
  type SheetWords,
} from './comparison-words.js';
import { ratingKindIds, type Comparison, type Opinion } from './opinion.js';
import type { SecondOpinionCase } from './second-opinion.js';

/**
 * The comparison of opinions as a PDF to bring to the deciding appointment: US Letter, the letters'
 * typesetter (so any name prints, in any script), the question and the person's goals, what the
 * comparison found and why, then each field of the opinions side by side (up to three columns fit
 * a page; more are stacked). Agreement is written in words, never shown by colour alone, so it
 * survives a black-and-white printer. It says plainly that it does not pick a doctor.
 */

const margin = 54;
const gutter = 12;
const contentWidth = letterPage.width - 2 * margin;
const top = letterPage.height - margin;
/** Up to this many opinions are set side by side; more are stacked one under another. */
const maxColumns = 3;
const stackedLabelWidth = 140;
const bulletIndent = 12;
const styles = {
  title: { face: 'serifBold', size: 18 },
  madeBy: { face: 'serif', size: 10 },
  heading: { face: 'serifBold', size: 12.5 },
  label: { face: 'serifBold', size: 9.5 },
  text: { face: 'serif', size: 9.5 },
} as const satisfies Record<string, TextStyle>;
const leadingOf = (style: TextStyle) => style.size * 1.35;

/** One opinion's cell for a field: its paragraphs, and a bold mark of agreement where one applies. */
function cellOf(
  field: FieldId,
  o: Opinion,
  c: Comparison,
  w: SheetWords,
  cw: ComparisonWords,
): string[] {
  const fit = c.fit.find((f) => f.opinionId === o.id)?.agreesWithFirst;
  const joined = (...parts: (string | null)[]) => parts.filter((p) => p && p.trim()).join(' — ');
  switch (field) {
    case 'specialty':
      return [joined(o.specialty, o.focus)];
    case 'institution':
      return [o.institution];
    case 'tie':
      return [w.tie(o)];
    case 'date':
      return [o.date ?? ''];
    case 'diagnosis':
      return [
        joined(o.diagnosis, o.diagnosisCode),
        ...(o.position === 1 ? [] : [w.mark(fit?.diagnosis ?? null)]),
      ];
    case 'treatment':
      return [o.treatment ?? '', ...(o.position === 1 ? [] : [w.mark(fit?.treatment ?? null)])];
    case 'alternatives':
      return [o.alternatives ?? ''];
    case 'risksAndBenefits':
      return [o.risksAndBenefits ?? ''];
    case 'urgency':
      return [o.urgency ? cw.urgencies[o.urgency] : ''];
    case 'reasoning':
      return [o.reasoning ?? ''];
    case 'testsOrdered':
      return [o.testsOrdered ?? ''];
    case 'ratings': {
      const given = ratingKindIds.filter((k) => o.ratings[k] !== null);
      const average = c.fit.find((f) => f.opinionId === o.id)?.averageRating ?? null;
      const lines = given.map((k) => `${cw.ratings[k]}: ${o.ratings[k]}`);
      return average === null ? [''] : [...lines, w.average(average)];
    }
    default:
      return field satisfies never;
  }
}

/** A person's text wrapped into a column: their own line breaks kept, empty text as a dash. */
function wrapped(
  fonts: Typesetter,
  texts: readonly string[],
  x: number,
  width: number,
  style: TextStyle,
  dy = 0,
) {
  const lines: BlockLine[] = [];
  for (const text of texts) {
    const paragraphs = cleanParagraph(text);
    for (const paragraph of paragraphs.length > 0 ? paragraphs : ['—'])
      for (const line of fonts.wrap(paragraph, width, style))
        lines.push({ text: line, x, dy: dy + lines.length * leadingOf(style), style });
  }
  return lines;
}

const heightOf = (lines: readonly BlockLine[]) =>
  Math.max(0, ...lines.map((l) => l.dy + leadingOf(l.style)));
const block = (lines: readonly BlockLine[], before: number, header?: Block): Block => ({
  lines,
  height: heightOf(lines),
  before,
  ...(header && { header }),
});

/** A label with its value beside it (the findings), or bullets (reasons and warnings). */
function labelled(fonts: Typesetter, label: string, value: string, labelWidth: number): Block {
  const x = margin + labelWidth + gutter;
  return block(
    [
      ...wrapped(fonts, [label], margin, labelWidth, styles.label),
      ...wrapped(fonts, [value], x, contentWidth - labelWidth - gutter, styles.text),
    ],
    3,
  );
}
function bullet(fonts: Typesetter, text: string): Block {
  const lines = wrapped(
    fonts,
    [text],
    margin + bulletIndent,
    contentWidth - bulletIndent,
    styles.text,
  );
  return block([{ text: '•', x: margin + 2, dy: 0, style: styles.text }, ...lines], 3);
}

/** The opinions field by field: columns side by side, or stacked when there are too many. */
function tableBlocks(fonts: Typesetter, c: Comparison, lang: LetterLang): Block[] {
  const w = sheetWords[lang];
  const cw = comparisonWords[lang];
  const opinions = c.opinions;
  const title = (o: Opinion) => `${cw.opinionNumber(o.position)}: ${o.doctor}`;
  if (opinions.length > maxColumns) {
    return fieldIds.map((field) => {
      let dy = leadingOf(styles.label);
      const lines: BlockLine[] = wrapped(
        fonts,
        [w.fields[field]],
        margin,
        contentWidth,
        styles.label,
      );
      for (const o of opinions) {
        const cell = [
          ...wrapped(
            fonts,
            [`${o.position}. ${o.doctor}`],
            margin + bulletIndent,
            stackedLabelWidth - bulletIndent,
            styles.label,
            dy,
          ),
          ...wrapped(
            fonts,
            cellOf(field, o, c, w, cw),
            margin + stackedLabelWidth + gutter,
            contentWidth - stackedLabelWidth - gutter,
            styles.text,
            dy,
          ),
        ];
        lines.push(...cell);
        dy = heightOf(cell) + 2;
      }
      return block(lines, 8);
    });
  }
  const width = (contentWidth - (opinions.length - 1) * gutter) / opinions.length;
  const xOf = (index: number) => margin + index * (width + gutter);
  const header = block(
    opinions.flatMap((o, i) => wrapped(fonts, [title(o)], xOf(i), width, styles.label)),
    0,
  );
  return [
    header,
    ...fieldIds.map((field) => {
      const label = wrapped(fonts, [w.fields[field]], margin, contentWidth, styles.label);
      const cells = opinions.flatMap((o, i) =>
        wrapped(fonts, cellOf(field, o, c, w, cw), xOf(i), width, styles.text, heightOf(label)),
      );
      return block([...label, ...cells], 8, header);
    }),
  ];
}

function blocksOf(fonts: Typesetter, input: ComparisonPdfInput): Block[] {
  const { secondOpinion: sc, comparison: c, lang, today } = input;
  const w = sheetWords[lang];
  const cw = comparisonWords[lang];
  const heading = (text: string) =>
    block(wrapped(fonts, [text], margin, contentWidth, styles.heading), 16);
  const text = (value: string) =>
    block(wrapped(fonts, [value], margin, contentWidth, styles.text), 3);
  const goals = [sc.goals.map((g) => cw.goals[g]).join('; '), sc.goalsNote ?? ''].filter((t) =>
    t.trim(),
  );
  const findingLabel = Math.max(
    ...[w.diagnosis, w.treatment, w.thirdOpinion].map((l) => fonts.width(l, styles.label)),
  );
  return [
    block(wrapped(fonts, [w.title], margin, contentWidth, styles.title), 0),
    block(
      wrapped(fonts, [w.madeBy(sc.patient.name, today)], margin, contentWidth, styles.madeBy),
      2,
    ),
    heading(w.question),
    text(sc.question),
    heading(w.goals),
    ...(goals.length > 0 ? goals : [w.notRecorded]).map(text),
    heading(w.found),
    labelled(fonts, w.diagnosis, w.verdict(c.diagnosisAgrees), findingLabel),
    labelled(fonts, w.treatment, w.verdict(c.treatmentAgrees), findingLabel),
    labelled(fonts, w.thirdOpinion, w.suggested(c.suggestThirdOpinion), findingLabel),
    heading(w.why),
    ...c.reasons.map((r) => bullet(fonts, r)),
    ...(c.warnings.length > 0
      ? [heading(w.keepInMind), ...c.warnings.map((r) => bullet(fonts, r))]
      : []),
    heading(w.sideBySide),
    ...tableBlocks(fonts, c, lang),
    block(wrapped(fonts, [w.notAdvice], margin, contentWidth, styles.label), 18),
  ];
}

/**
 * Places blocks on pages. A block that does not fit starts a new page (a heading goes with the
 * block after it); a block taller than a page (long reasoning) breaks between its lines, and the
 * table's column headers are repeated on the page it runs onto.
 */
function paginate(blocks: readonly Block[]): PlacedLine[][] {
  const pages: PlacedLine[][] = [[]];
  let y = top;
  const put = (lines: readonly BlockLine[], from: number) => {
    for (const line of lines)
      pages.at(-1)!.push({
        text: line.text,
        x: line.x,
        y: y - (line.dy - from) - line.style.size,
        style: line.style,
      });
  };
  const newPage = (header: Block | undefined) => {
    pages.push([]);
    y = top;
    if (header) {
      put(header.lines, 0);
      y -= header.height + 4;
    }
  };
  blocks.forEach((b, index) => {
    const next = blocks[index + 1];
    // A heading, or the table's column headers, stays with the start of what follows it.
    const keepWithNext = b.lines[0]?.style === styles.heading || (next && next.header === b);
    const needed = b.height + (keepWithNext && next ? next.before + Math.min(next.height, 60) : 0);
    if (y !== top && y - b.before - needed < margin) newPage(b.header);
    else if (y !== top) y -= b.before;
    // The slice of the block on this page starts at `from` (its dy) and is drawn from `y` down.
    let from = 0;
    const sorted = [...b.lines].sort((p, q) => p.dy - q.dy);
    for (const line of sorted) {
      if (line.dy > from && y - (line.dy - from) - leadingOf(line.style) < margin) {
        newPage(b.header);
        from = line.dy;
      }
      put([line], from);
    }
    y -= b.height - from;
  });
  return pages;
}

export interface ComparisonPdfInput {
  readonly secondOpinion: SecondOpinionCase;
  readonly comparison: Comparison;
  readonly lang: LetterLang;
  /** The date printed on it, `YYYY-MM-DD` (the person's today). */
  readonly today: string;
}

/** Every text the PDF may print: tells whether the fallback face (Arabic, Hebrew…) is needed. */
function textsOf(input: ComparisonPdfInput): string[] {
  const { secondOpinion: sc, comparison: c } = input;
  return [
    sc.patient.name,
    sc.question,
    sc.goalsNote ?? '',
    ...c.reasons,
    ...c.warnings,
    ...c.opinions.flatMap((o) => [
      o.doctor,
      o.specialty ?? '',
      o.focus ?? '',
      o.institution,
      o.diagnosis ?? '',
      o.diagnosisCode ?? '',
      o.treatment ?? '',
      o.alternatives ?? '',
      o.risksAndBenefits ?? '',
      o.reasoning ?? '',
      o.testsOrdered ?? '',
    ]),
  ];
}

/** The comparison as a PDF to print and bring to the appointment where the person decides. */
export async function renderComparisonPdf(input: ComparisonPdfInput): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const faces: Face[] = ['serif', 'serifBold'];
  if (needsFallbackFace(textsOf(input))) faces.push('sans');
  const fonts = await embedFonts(pdf, { faces });
  // The letters' page drawer: the lines, and "Page i of n" in the comparison's language.
  drawLetter(pdf, fonts, { lang: input.lang, pages: paginate(blocksOf(fonts, input)) });
  setMetadata(pdf, sheetWords[input.lang].title, input.lang);
  return pdf.save();
}
