import type { PDFPage } from 'pdf-lib';
import { degrees, rgb } from 'pdf-lib';
import type { LetterLang } from './letter.js';
import { printedDate } from './letter-parts.js';
import { cleanLine, cleanParagraph } from './letter-text.js';
import type { ExhibitEntry } from './packet.js';
import { letterPage, type PlacedLine, type TextStyle, type Typesetter } from './render-fonts.js';

/**
 * The pages a packet adds around the case's documents: the fax cover sheet, the exhibit index, the
 * tab page before each exhibit, text documents set as pages, and the stamp on every page.
 */

const margin = 72;
const serif = (size: number): TextStyle => ({ face: 'serif', size });
const serifBold = (size: number): TextStyle => ({ face: 'serifBold', size });
const sans = (size: number): TextStyle => ({ face: 'sans', size });

const words = {
  en: {
    fax: 'Fax',
    to: 'To',
    faxNumber: 'Fax number',
    from: 'From',
    phone: 'Phone',
    date: 'Date',
    pages: 'Pages, with this cover',
    re: 'RE',
    note: 'Note',
    confidential:
      'This fax contains private health information meant only for the person or office named above. If you received it by mistake, please call the sender and destroy it.',
    index: 'Exhibit index',
    exhibit: 'Exhibit',
    title: 'Document',
    undated: '—',
    pageRange: 'Pages',
    bates: 'Numbered',
    indexNote:
      'Every page of this packet is numbered at the bottom right. Each exhibit starts with its tab page.',
  },
  es: {
    fax: 'Fax',
    to: 'Para',
    faxNumber: 'Número de fax',
    from: 'De',
    phone: 'Teléfono',
    date: 'Fecha',
    pages: 'Páginas, con esta portada',
    re: 'Asunto',
    note: 'Nota',
    confidential:
      'Este fax contiene información de salud privada solo para la persona u oficina nombrada arriba. Si lo recibió por error, llame a quien lo envió y destrúyalo.',
    index: 'Índice de anexos',
    exhibit: 'Anexo',
    title: 'Documento',
    undated: '—',
    pageRange: 'Páginas',
    bates: 'Numeración',
    indexNote:
      'Cada página de este paquete lleva su número abajo a la derecha. Cada anexo empieza con su página separadora.',
  },
} as const;

export interface FaxCover {
  readonly to: string;
  readonly fax: string;
  readonly from?: string;
  readonly phone?: string;
  /** Pages sent, this cover included; the packet's page count when not given. */
  readonly pages?: number;
  readonly note?: string;
}

/** A fax cover sheet: who to, from, how many pages, and a confidentiality notice. */
export function drawFaxCover(
  page: PDFPage,
  fonts: Typesetter,
  fax: FaxCover,
  {
    lang,
    date,
    subject,
    pages,
  }: { lang: LetterLang; date: string; subject: string; pages: number },
): void {
  const w = words[lang];
  let y = letterPage.height - margin - 28;
  fonts.draw(page, w.fax, { x: margin, y, style: serifBold(28) });
  y -= 48;
  const rows: [string, string | undefined][] = [
    [w.to, fax.to],
    [w.faxNumber, fax.fax],
    [w.from, fax.from],
    [w.phone, fax.phone],
    [w.date, date],
    [w.pages, String(fax.pages ?? pages)],
    [w.re, subject],
  ];
  const valueX = margin + 170;
  for (const [label, value] of rows) {
    if (value === undefined || cleanLine(value) === '') continue;
    fonts.draw(page, `${label}:`, { x: margin, y, style: serifBold(12) });
    for (const line of fonts.wrap(
      cleanLine(value),
      letterPage.width - margin - valueX,
      serif(12),
    )) {
      fonts.draw(page, line, { x: valueX, y, style: serif(12) });
      y -= 18;
    }
    y -= 6;
  }
  if (fax.note !== undefined && cleanLine(fax.note) !== '') {
    y -= 12;
    fonts.draw(page, `${w.note}:`, { x: margin, y, style: serifBold(12) });
    y -= 18;
    for (const paragraph of cleanParagraph(fax.note))
      for (const line of fonts.wrap(paragraph, letterPage.width - 2 * margin, serif(12))) {
        fonts.draw(page, line, { x: margin, y, style: serif(12) });
        y -= 16;
      }
  }
  let bottom = margin + 40;
  for (const line of fonts
    .wrap(w.confidential, letterPage.width - 2 * margin, serif(9))
    .reverse()) {
    fonts.draw(page, line, { x: margin, y: bottom, style: serif(9), grey: 0.25 });
    bottom += 12;
  }
}

/** Exhibit letters: A … Z, then AA, AB … as spreadsheets count columns. */
export function exhibitLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** The number stamped on a page: "OVT-000001". */
export const batesNumber = (prefix: string, page: number) =>
  `${prefix}-${String(page).padStart(6, '0')}`;

const indexColumns = { exhibit: 0, title: 52, date: 250, pages: 330, bates: 385 } as const;
const indexLeading = 13;
const indexTop = letterPage.height - margin - 16 - 60;

/** One exhibit as the index lists it: its title's lines decide the row's height. */
interface IndexRow {
  readonly entry: ExhibitEntry;
  readonly titleLines: readonly string[];
}

/** The index's rows, page by page; counted before any page number is known (rows never change height). */
export function layoutIndex(
  fonts: Typesetter,
  exhibits: readonly { exhibit: string; title: string }[],
): number[][] {
  const pages: number[][] = [[]];
  let y = indexTop - 2 * indexLeading;
  for (const [index, exhibit] of exhibits.entries()) {
    const height = rowHeight(fonts, exhibit.title);
    if (y - height < margin && pages.at(-1)!.length > 0) {
      pages.push([]);
      y = indexTop - 2 * indexLeading;
    }
    pages.at(-1)!.push(index);
    y -= height;
  }
  return pages;
}

const titleWidth = indexColumns.date - indexColumns.title - 10;
const titleLines = (fonts: Typesetter, title: string) =>
  fonts.wrap(cleanLine(title), titleWidth, serif(10));
const rowHeight = (fonts: Typesetter, title: string) =>
  (Math.max(2, titleLines(fonts, title).length) + 0.6) * indexLeading;

/** Draws one page of the exhibit index. */
export function drawIndexPage(
  page: PDFPage,
  fonts: Typesetter,
  entries: readonly ExhibitEntry[],
  { lang, prefix, continued }: { lang: LetterLang; prefix: string; continued: boolean },
): void {
  const w = words[lang];
  fonts.draw(page, continued ? `${w.index} (…)` : w.index, {
    x: margin,
    y: letterPage.height - margin - 16,
    style: serifBold(16),
  });
  const noteLines = fonts.wrap(w.indexNote, letterPage.width - 2 * margin, serif(9));
  noteLines.forEach((line, i) =>
    fonts.draw(page, line, {
      x: margin,
      y: letterPage.height - margin - 36 - i * 11,
      style: serif(9),
      grey: 0.3,
    }),
  );
  let y = indexTop;
  const heading: [number, string][] = [
    [indexColumns.exhibit, w.exhibit],
    [indexColumns.title, w.title],
    [indexColumns.date, w.date],
    [indexColumns.pages, w.pageRange],
    [indexColumns.bates, w.bates],
  ];
  for (const [x, text] of heading)
    fonts.draw(page, text, { x: margin + x, y, style: serifBold(10) });
  page.drawLine({
    start: { x: margin, y: y - 4 },
    end: { x: letterPage.width - margin, y: y - 4 },
    thickness: 0.5,
  });
  y -= 2 * indexLeading;
  const rows: IndexRow[] = entries.map((entry) => ({
    entry,
    titleLines: titleLines(fonts, entry.title),
  }));
  for (const { entry, titleLines: lines } of rows) {
    const cell = (x: number, text: string, line = 0) =>
      fonts.draw(page, text, {
        x: margin + x,
        y: y - line * indexLeading,
        style: serif(10),
      });
    cell(indexColumns.exhibit, entry.exhibit);
    lines.forEach((line, i) => cell(indexColumns.title, line, i));
    cell(indexColumns.date, entry.date ? printedShortDate(entry.date, lang) : w.undated);
    cell(indexColumns.pages, `${entry.firstPage}–${entry.lastPage}`);
    cell(indexColumns.bates, `${batesNumber(prefix, entry.firstPage)} –`);
    cell(indexColumns.bates, batesNumber(prefix, entry.lastPage), 1);
    y -= (Math.max(2, lines.length) + 0.6) * indexLeading;
  }
}

/** `2026-09-03` → "Sep 3, 2026"-like short dates that fit the index's date column. */
function printedShortDate(date: string, lang: LetterLang): string {
  if (!/^\d{4}-\d{2}-\d{2}/.test(date)) return cleanLine(date);
  const long = printedDate(date, lang);
  return lang === 'en' ? long.replace(/^(\w{3})\w*/, '$1') : date.slice(0, 10);
}

/** The page before an exhibit: "Exhibit A", its title and date, and a tab at the right edge. */
export function drawTabPage(
  page: PDFPage,
  fonts: Typesetter,
  entry: ExhibitEntry,
  { lang, position }: { lang: LetterLang; position: number },
): void {
  const w = words[lang];
  const heading = `${w.exhibit} ${entry.exhibit}`;
  const center = (text: string, y: number, style: TextStyle, grey = 0) =>
    fonts.draw(page, text, {
      x: (letterPage.width - fonts.width(text, style)) / 2,
      y,
      style,
      grey,
    });
  let y = letterPage.height / 2 + 60;
  center(heading, y, serifBold(36));
  y -= 40;
  for (const line of fonts.wrap(cleanLine(entry.title), letterPage.width - 2 * margin, serif(16))) {
    center(line, y, serif(16));
    y -= 22;
  }
  if (entry.date) center(printedDate(entry.date, lang), y - 6, serif(12), 0.3);
  // A printed tab at the right edge, stepping down with each exhibit as paper tabs do.
  const tabHeight = 64;
  const slots = Math.floor((letterPage.height - 2 * margin) / tabHeight);
  const tabY = letterPage.height - margin - tabHeight * ((position % slots) + 1);
  page.drawRectangle({
    x: letterPage.width - 40,
    y: tabY,
    width: 40,
    height: tabHeight,
    color: rgb(0.15, 0.15, 0.15),
  });
  const tabStyle = sans(entry.exhibit.length > 1 ? 14 : 20);
  fonts.draw(page, entry.exhibit, {
    x: letterPage.width - 20 - fonts.width(entry.exhibit, tabStyle) / 2,
    y: tabY + tabHeight / 2 - tabStyle.size / 3,
    style: tabStyle,
    grey: 1,
  });
}

/** A text document set on Letter pages: its lines kept, long lines wrapped, 10-point serif. */
export function layoutTextPages(fonts: Typesetter, text: string): PlacedLine[][] {
  const style = serif(10);
  const leading = 13;
  const top = letterPage.height - margin - style.size;
  const pages: PlacedLine[][] = [[]];
  let y = top;
  for (const raw of text.replace(/\t/g, '    ').split(/\r\n|[\r\n]/)) {
    const lines =
      raw.trim() === '' ? [''] : fonts.wrap(cleanLine(raw), letterPage.width - 2 * margin, style);
    for (const line of lines) {
      if (y < margin) {
        pages.push([]);
        y = top;
      }
      pages.at(-1)!.push({ text: line, x: margin, y, style });
      y -= leading;
    }
  }
  while (pages.length > 1 && pages.at(-1)!.every((line) => line.text === '')) pages.pop();
  return pages;
}

/**
 * Stamps a page at its bottom right, as the reader sees it (turned pages included), on a white
 * band so it stays legible over a scan: "OVT-000001 · Page 1 of n".
 */
export function stampPage(page: PDFPage, fonts: Typesetter, text: string): void {
  const style = sans(8);
  const box = page.getCropBox();
  const turn = ((page.getRotation().angle % 360) + 360) % 360;
  const seenWidth = turn === 90 || turn === 270 ? box.height : box.width;
  const width = fonts.width(text, style);
  // Where the stamp starts, in the page as seen: 0.4 inch from the right, 0.3 inch from the bottom.
  const u = seenWidth - 29 - width;
  const v = 22;
  const toPage = (du: number, dv: number): [number, number] => {
    switch (turn) {
      case 90:
        return [box.x + box.width - dv, box.y + du];
      case 180:
        return [box.x + box.width - du, box.y + box.height - dv];
      case 270:
        return [box.x + dv, box.y + box.height - du];
      default:
        return [box.x + du, box.y + dv];
    }
  };
  const [bx, by] = toPage(u - 4, v - 4);
  page.drawRectangle({
    x: bx,
    y: by,
    width: width + 8,
    height: style.size + 6,
    rotate: degrees(turn),
    color: rgb(1, 1, 1),
  });
  const [x, y] = toPage(u, v);
  fonts.draw(page, text, { x, y, style, rotate: turn });
}
