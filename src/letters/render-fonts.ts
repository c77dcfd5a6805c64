import fs from 'node:fs';
import path from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import type { PDFDocument, PDFFont, PDFPage } from 'pdf-lib';
import { degrees, rgb } from 'pdf-lib';
import { packageRoot } from '../app/paths.js';

/**
 * The fonts Overturn ships (DejaVu, assets/fonts/, license beside them) and how text is set with
 * them: measured, wrapped and drawn so that any name a person types prints. A character the face
 * lacks is taken from DejaVu Sans (Arabic, Hebrew, some symbols), and one neither has (most emoji,
 * Chinese) prints as "□", never crashes and never prints an invisible .notdef box.
 *
 * Right-to-left words (Arabic, Hebrew) are shaped by fontkit and set right to left; a run of them
 * inside a line is placed right to left while the PDF keeps them in reading order, so pdf.js and
 * copy-paste give the text as typed. This is not a full Unicode bidi algorithm: numbers inside
 * right-to-left text keep left-to-right order, which is what the bidi algorithm also does.
 */

export type Face = 'serif' | 'serifBold' | 'sans';

const fontFiles: Record<Face, string> = {
  serif: 'DejaVuSerif.ttf',
  serifBold: 'DejaVuSerif-Bold.ttf',
  sans: 'DejaVuSans.ttf',
};

/** What prints in place of a character no shipped font has. */
export const missingGlyph = '□';

interface FontFile {
  readonly bytes: Uint8Array;
  readonly has: (codePoint: number) => boolean;
}

const loaded = new Map<Face, FontFile>();

/** A font file, read once per process from the package's assets (from `src/` or `dist/` alike). */
function fontFile(face: Face): FontFile {
  let file = loaded.get(face);
  if (!file) {
    const bytes = fs.readFileSync(path.join(packageRoot(), 'assets', 'fonts', fontFiles[face]));
    const font = fontkit.create(bytes);
    const known = new Map<number, boolean>();
    file = {
      bytes,
      has: (codePoint) => {
        let answer = known.get(codePoint);
        if (answer === undefined) {
          answer = font.hasGlyphForCodePoint(codePoint);
          known.set(codePoint, answer);
        }
        return answer;
      },
    };
    loaded.set(face, file);
  }
  return file;
}

// Characters that print nothing themselves (joiners, variation selectors, byte-order marks, tags):
// dropped, so "👍🏽" or a family emoji prints as one "□", not several.
// eslint-disable-next-line no-misleading-character-class -- ranges of code points, not sequences
const invisible = /[\u180E\u200B-\u200F\u2060-\u2064\uFE00-\uFE0F\uFEFF]|[\u{E0000}-\u{E007F}]/gu;
const rtlChar =
  /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC]|[\u{10800}-\u{10FFF}]|[\u{1E800}-\u{1EFFF}]/u;

/** A piece of a line drawn with one font, in reading order. */
interface Run {
  readonly text: string;
  readonly font: PDFFont;
  readonly width: number;
  readonly rtl: boolean;
}

export interface TextStyle {
  readonly face: Face;
  readonly size: number;
}

/** Sets text with the shipped fonts in one PDF document. */
export interface Typesetter {
  /** Width of one line, in points. */
  width(text: string, style: TextStyle): number;
  /** Breaks a line into lines no wider than `maxWidth`; a word too long for a line is split. */
  wrap(text: string, maxWidth: number, style: TextStyle): string[];
  /** Draws one line with its left end at (x, y) (baseline). */
  draw(
    page: PDFPage,
    text: string,
    at: { x: number; y: number; style: TextStyle; grey?: number; rotate?: number },
  ): void;
}

const allFaces = Object.keys(fontFiles) as Face[];

/**
 * True when some character of `texts` is missing from the serif faces, so DejaVu Sans must be
 * embedded to print it. Most letters are Latin only; leaving Sans out saves parsing and
 * subsetting a 750 kB font for every letter.
 */
export function needsFallbackFace(texts: Iterable<string>): boolean {
  const serif = fontFile('serif');
  const bold = fontFile('serifBold');
  for (const text of texts) {
    for (const char of text.replace(invisible, '')) {
      const codePoint = char.codePointAt(0) ?? 0;
      if (codePoint < 0x20) continue; // line breaks and tabs print nothing
      if (!serif.has(codePoint) || !bold.has(codePoint)) return true;
    }
  }
  return false;
}

/**
 * Embeds the shipped fonts (subset: only the glyphs used are written) and returns a typesetter.
 * `faces`: the faces to embed; a character missing from them prints as the missing-glyph box.
 */
export async function embedFonts(
  pdf: PDFDocument,
  { faces = allFaces }: { faces?: readonly Face[] } = {},
): Promise<Typesetter> {
  pdf.registerFontkit(fontkit);
  const fonts: Partial<Record<Face, PDFFont>> = {};
  for (const face of faces) {
    fonts[face] = await pdf.embedFont(fontFile(face).bytes, { subset: true });
  }
  const fontOf = (face: Face): PDFFont => {
    const font = fonts[face];
    if (!font) throw new Error(`The ${face} font was not embedded in this PDF`);
    return font;
  };
  const widths = new Map<string, number>();

  function measure(text: string, font: PDFFont): number {
    const key = `${font.name}\u0000${text}`;
    let width = widths.get(key);
    if (width === undefined) {
      // Widths at 1 pt, scaled: the cache holds one entry per word and font whatever the size.
      width = font.widthOfTextAtSize(text, 1);
      widths.set(key, width);
    }
    return width;
  }

  /** Splits a line into runs: per word and space, per font, missing characters replaced. */
  function runs(text: string, style: TextStyle): Run[] {
    const result: Run[] = [];
    for (const token of text.replace(invisible, '').split(/( +)/)) {
      if (token === '') continue;
      let current = '';
      let currentFace: Face | null = null;
      const flush = () => {
        if (currentFace === null || current === '') return;
        const font = fontOf(currentFace);
        result.push({
          text: current,
          font,
          width: measure(current, font) * style.size,
          rtl: rtlChar.test(current),
        });
        current = '';
      };
      for (const char of token) {
        const codePoint = char.codePointAt(0) ?? 0;
        let face: Face = style.face;
        let printed = char;
        if (!fontFile(style.face).has(codePoint)) {
          if (fonts.sans && fontFile('sans').has(codePoint)) face = 'sans';
          // One box for a run of missing characters (an emoji with its skin tone, a CJK word).
          else printed = current.endsWith(missingGlyph) ? '' : missingGlyph;
        }
        if (face !== currentFace) {
          flush();
          currentFace = face;
        }
        current += printed;
      }
      flush();
    }
    return result;
  }

  const lineWidth = (text: string, style: TextStyle) =>
    runs(text, style).reduce((sum, run) => sum + run.width, 0);

  return {
    width: lineWidth,

    wrap(text, maxWidth, style) {
      const lines: string[] = [];
      let line = '';
      for (const word of text.split(' ')) {
        const candidate = line === '' ? word : `${line} ${word}`;
        if (lineWidth(candidate, style) <= maxWidth) {
          line = candidate;
          continue;
        }
        if (line !== '') lines.push(line);
        line = word;
        // A word wider than the line (a long URL, a claim number run together): split by characters.
        while (lineWidth(line, style) > maxWidth && [...line].length > 1) {
          const chars = [...line];
          let fit = chars.length - 1;
          while (fit > 1 && lineWidth(chars.slice(0, fit).join(''), style) > maxWidth) fit -= 1;
          lines.push(chars.slice(0, fit).join(''));
          line = chars.slice(fit).join('');
        }
      }
      lines.push(line);
      return lines;
    },

    draw(page, text, { x, y, style, grey = 0, rotate = 0 }) {
      const pieces = runs(text, style);
      const positions = visualPositions(pieces);
      const radians = (rotate * Math.PI) / 180;
      for (const [index, run] of pieces.entries()) {
        if (run.text.trim() === '') continue;
        const offset = positions[index] ?? 0;
        page.drawText(run.text, {
          x: x + offset * Math.cos(radians),
          y: y + offset * Math.sin(radians),
          size: style.size,
          font: run.font,
          color: rgb(grey, grey, grey),
          ...(rotate !== 0 && { rotate: degrees(rotate) }),
        });
      }
    },
  };
}

/**
 * Where each run starts along the line. Runs are drawn in reading order; a sequence of
 * right-to-left runs (with the spaces between them) is placed from its right end leftward.
 */
function visualPositions(runs: readonly Run[]): number[] {
  const positions: number[] = [];
  let x = 0;
  let index = 0;
  while (index < runs.length) {
    const run = runs[index]!;
    if (!run.rtl) {
      positions.push(x);
      x += run.width;
      index += 1;
      continue;
    }
    // The right-to-left stretch: RTL runs and the spaces strictly between them.
    let end = index + 1;
    let last = index;
    while (end < runs.length && (runs[end]!.rtl || runs[end]!.text.trim() === '')) {
      if (runs[end]!.rtl) last = end;
      end += 1;
    }
    const stretch = runs.slice(index, last + 1);
    let right = x + stretch.reduce((sum, piece) => sum + piece.width, 0);
    for (const piece of stretch) {
      right -= piece.width;
      positions.push(right);
    }
    x += stretch.reduce((sum, piece) => sum + piece.width, 0);
    index = last + 1;
  }
  return positions;
}

/** A US Letter page in PDF points (72 to the inch). */
export const letterPage = { width: 612, height: 792 } as const;

/** A line placed on a page: its left end and baseline, in points from the bottom left. */
export interface PlacedLine {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly style: TextStyle;
}

/** Draws placed lines on a page. */
export function drawLines(page: PDFPage, fonts: Typesetter, lines: readonly PlacedLine[]): void {
  for (const line of lines) {
    if (line.text !== '') fonts.draw(page, line.text, { x: line.x, y: line.y, style: line.style });
  }
}

/** A line placed relative to the top of its block; `dy` grows downward. */
export interface BlockLine {
  readonly text: string;
  readonly x: number;
  readonly dy: number;
  readonly style: TextStyle;
}

/** Lines kept together on one page (a section row, a table row), for the printed summaries. */
export interface Block {
  readonly lines: readonly BlockLine[];
  readonly height: number;
  /** Space above the block when it does not start a page. */
  readonly before: number;
  /** Column headers to repeat at the top of a page the block runs onto (a side-by-side table). */
  readonly header?: Block;
}
