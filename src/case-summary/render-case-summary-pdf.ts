import { PDFDocument } from 'pdf-lib';
import {
  drawLines,
  embedFonts,
  letterPage,
  needsFallbackFace,
  type Face,
  type PlacedLine,
  type Block,
  type TextStyle,
  type Typesetter,
} from '../letters/render-fonts.js';
import { setMetadata } from '../letters/render-letter-pdf.js';
import { summaryTexts, type CaseSummary, type SummaryRow } from './case-summary.js';

/**
 * A case summary as a PDF: US Letter, the letters' typesetter (so any name prints, in any script),
 * a title, the "made by" line, then each section with its rows (a label column and the text, a
 * smaller note under it), "Page i of n" at the foot. The metadata holds the title only.
 */

const margin = 54;
const labelWidth = 130;
const gutter = 12;
const contentWidth = letterPage.width - 2 * margin;
const textX = margin + labelWidth + gutter;
const textWidth = contentWidth - labelWidth - gutter;
const styles = {
  title: { face: 'serifBold', size: 18 },
  madeBy: { face: 'serif', size: 10 },
  heading: { face: 'serifBold', size: 13 },
  label: { face: 'serifBold', size: 10 },
  text: { face: 'serif', size: 10 },
  note: { face: 'serif', size: 8.5 },
} as const satisfies Record<string, TextStyle>;
const leadingOf = (style: TextStyle) => style.size * 1.35;
const top = letterPage.height - margin;

function column(fonts: Typesetter, text: string, x: number, width: number, style: TextStyle) {
  return fonts.wrap(text, width, style).map((line, index) => ({
    text: line,
    x,
    dy: index * leadingOf(style),
    style,
  }));
}

function rowBlock(fonts: Typesetter, row: SummaryRow): Block {
  const [x, width] = row.label === null ? [margin, contentWidth] : [textX, textWidth];
  const label =
    row.label === null ? [] : column(fonts, row.label, margin, labelWidth, styles.label);
  const text = column(fonts, row.text, x, width, styles.text);
  const textHeight = text.length * leadingOf(styles.text);
  const note = row.note
    ? column(fonts, row.note, x, width, styles.note).map((l) => ({ ...l, dy: l.dy + textHeight }))
    : [];
  const noteHeight = note.length * leadingOf(styles.note);
  const height = Math.max(label.length * leadingOf(styles.label), textHeight + noteHeight);
  return { lines: [...label, ...text, ...note], height, before: 4 };
}

function blocksOf(summary: CaseSummary, fonts: Typesetter): Block[] {
  const single = (text: string, style: TextStyle, before: number): Block => {
    const lines = column(fonts, text, margin, contentWidth, style);
    return { lines, height: lines.length * leadingOf(style), before };
  };
  const blocks = [single(summary.title, styles.title, 0), single(summary.madeBy, styles.madeBy, 2)];
  for (const section of summary.sections) {
    blocks.push(single(section.title, styles.heading, 16));
    if (section.rows.length === 0 && section.empty)
      blocks.push(single(section.empty, styles.text, 4));
    for (const row of section.rows) blocks.push(rowBlock(fonts, row));
  }
  return blocks;
}

/** Places blocks on pages; a block that does not fit starts the next page (headings stay with a row). */
function paginate(blocks: readonly Block[]): PlacedLine[][] {
  const pages: PlacedLine[][] = [[]];
  let y = top;
  blocks.forEach((block, index) => {
    const isHeading = block.lines[0]?.style === styles.heading;
    const next = blocks[index + 1];
    const needed = block.height + (isHeading && next ? next.before + next.height : 0);
    const atTop = y === top;
    if (!atTop && y - block.before - needed < margin) {
      pages.push([]);
      y = top;
    }
    if (y !== top) y -= block.before;
    for (const line of block.lines)
      pages
        .at(-1)!
        .push({ text: line.text, x: line.x, y: y - line.dy - line.style.size, style: line.style });
    y -= block.height;
  });
  return pages;
}

/** The summary as a PDF to print or keep. */
export async function renderCaseSummaryPdf(summary: CaseSummary): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const faces: Face[] = ['serif', 'serifBold'];
  if (needsFallbackFace(summaryTexts(summary))) faces.push('sans');
  const fonts = await embedFonts(pdf, { faces });
  const pages = paginate(blocksOf(summary, fonts));
  const footer: TextStyle = { face: 'serif', size: 9 };
  pages.forEach((lines, index) => {
    const page = pdf.addPage([letterPage.width, letterPage.height]);
    drawLines(page, fonts, lines);
    const text = `Page ${index + 1} of ${pages.length}`;
    fonts.draw(page, text, {
      x: (letterPage.width - fonts.width(text, footer)) / 2,
      y: margin / 2,
      style: footer,
      grey: 0.3,
    });
  });
  setMetadata(pdf, summary.title, 'en');
  return pdf.save();
}
