import { PDFDocument, type PDFPage } from 'pdf-lib';
import type { LetterDocument } from './letter.js';
import { layoutWords, letterParts, letterText, type LetterPart } from './letter-text.js';
import {
  drawLines,
  embedFonts,
  letterPage,
  needsFallbackFace,
  type Face,
  type PlacedLine,
  type TextStyle,
  type Typesetter,
} from './render-fonts.js';

/**
 * A letter as a PDF a person can print and mail: US Letter, 1-inch margins, 11-point DejaVu Serif,
 * the parts in mail order (see `letterParts`), "Page i of n" at the foot of every page. The PDF's
 * metadata holds the letter's title and language and nothing else about the person.
 */

const margin = 72;
const size = 11;
const leading = 15;
const regular: TextStyle = { face: 'serif', size };
const bold: TextStyle = { face: 'serifBold', size };
const referenceIndent = 36;
const bulletIndent = 18;
const contentWidth = letterPage.width - 2 * margin;
const top = letterPage.height - margin - size;

/** The letter's lines, page by page, ready to draw. */
export interface LetterLayout {
  readonly lang: LetterDocument['lang'];
  readonly pages: readonly (readonly PlacedLine[])[];
}

/** Lays a letter out on pages: wrapped with the font's real widths, broken where a page is full. */
export function layoutLetter(doc: LetterDocument, fonts: Typesetter): LetterLayout {
  const parts = letterParts(doc);
  const valueX =
    referenceIndent +
    Math.max(
      0,
      ...parts.map((part) =>
        part.kind === 'reference' ? fonts.width(`${part.label}:`, regular) + 8 : 0,
      ),
    );
  const pages: PlacedLine[][] = [[]];
  let y = top;
  const newPage = () => {
    pages.push([]);
    y = top;
  };
  const atTop = () => y === top;
  /** Room for `count` lines left on this page? */
  const fits = (count: number) => y - (count - 1) * leading >= margin;
  const put = (text: string, x: number, style: TextStyle) => {
    if (!fits(1)) newPage();
    pages.at(-1)!.push({ text, x, y, style });
    y -= leading;
  };
  const skip = (gap: number) => {
    if (!atTop()) y -= gap * leading;
  };

  for (const part of parts) {
    skip(part.gap);
    for (const line of placeLines(part, fonts, valueX)) {
      if (line.keepTogether && !fits(line.keepTogether) && !atTop()) newPage();
      if (line.text === '' && atTop()) continue;
      if (line.beside && !fits(1)) newPage();
      if (line.beside) pages.at(-1)!.push({ ...line.beside, y });
      put(line.text, line.x, line.style);
    }
  }
  if (pages.at(-1)!.length === 0 && pages.length > 1) pages.pop();
  return { lang: doc.lang, pages };
}

interface Piece {
  readonly text: string;
  readonly x: number;
  readonly style: TextStyle;
}

interface LineToPlace extends Piece {
  /** More text on the same baseline (a reference's label, a bullet). */
  readonly beside?: Piece;
  /** Lines that must share a page with this one (a reference with its wrap, the signature). */
  readonly keepTogether?: number;
}

function placeLines(part: LetterPart, fonts: Typesetter, valueX: number): LineToPlace[] {
  const plain = (text: string, x = margin, style = regular): LineToPlace => ({ text, x, style });
  switch (part.kind) {
    case 'line': {
      const style = part.bold ? bold : regular;
      return fonts.wrap(part.text, contentWidth, style).map((text) => plain(text, margin, style));
    }
    case 'reference': {
      const values = fonts.wrap(part.value, contentWidth - valueX, regular);
      return values.map((text, index) =>
        index === 0
          ? {
              ...plain(text, margin + valueX),
              beside: plain(`${part.label}:`, margin + referenceIndent),
              keepTogether: values.length,
            }
          : plain(text, margin + valueX),
      );
    }
    case 'paragraph':
      return part.lines.flatMap((line) =>
        line === ''
          ? [plain('')]
          : fonts.wrap(line, contentWidth, regular).map((text) => plain(text)),
      );
    case 'signature':
      return part.lines.map((text, index) =>
        index === 0 ? { ...plain(text), keepTogether: part.lines.length } : plain(text),
      );
    case 'bullet':
      return fonts
        .wrap(part.text, contentWidth - bulletIndent, regular)
        .map((text, index) =>
          index === 0
            ? { ...plain(text, margin + bulletIndent), beside: plain('•', margin + 4) }
            : plain(text, margin + bulletIndent),
        );
    default:
      return part satisfies never;
  }
}

/**
 * Draws a laid-out letter into `pdf` as new pages (a packet's cover letter), with the letter's own
 * "Page i of n" footer unless `footer` is false (a packet stamps its own page numbers).
 */
export function drawLetter(
  pdf: PDFDocument,
  fonts: Typesetter,
  layout: LetterLayout,
  { footer = true }: { footer?: boolean } = {},
): PDFPage[] {
  const total = layout.pages.length;
  return layout.pages.map((lines, index) => {
    const page = pdf.addPage([letterPage.width, letterPage.height]);
    drawLines(page, fonts, lines);
    if (footer) {
      const text = layoutWords[layout.lang].page(index + 1, total);
      const style: TextStyle = { face: 'serif', size: 9 };
      fonts.draw(page, text, {
        x: (letterPage.width - fonts.width(text, style)) / 2,
        y: margin / 2,
        style,
        grey: 0.3,
      });
    }
    return page;
  });
}

const languageTags = { en: 'en-US', es: 'es-US' } as const;

/** Sets what a PDF says about itself: the title and language only, made by Overturn. */
export function setMetadata(pdf: PDFDocument, title: string, lang: LetterDocument['lang']) {
  pdf.setTitle(title, { showInWindowTitleBar: true });
  pdf.setLanguage(languageTags[lang]);
  pdf.setProducer('Overturn');
  pdf.setCreator('Overturn');
}

/** A letter as a PDF to print, mail or fax. */
export async function renderLetterPdf(doc: LetterDocument): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const faces: Face[] = ['serif', 'serifBold'];
  if (needsFallbackFace([letterText(doc)])) faces.push('sans');
  const fonts = await embedFonts(pdf, { faces });
  drawLetter(pdf, fonts, layoutLetter(doc, fonts));
  setMetadata(pdf, doc.title, doc.lang);
  return pdf.save();
}
