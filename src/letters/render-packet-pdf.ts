import { PDFDocument } from 'pdf-lib';
import { drawPicture, embedPicture, type Picture } from './render-picture.js';
import type { LetterDocument } from './letter.js';
import type { ExhibitEntry } from './packet.js';
import {
  drawLines,
  embedFonts,
  letterPage,
  type PlacedLine,
  type Typesetter,
} from './render-fonts.js';
import { drawLetter, layoutLetter, setMetadata } from './render-letter-pdf.js';
import {
  batesNumber,
  drawFaxCover,
  drawIndexPage,
  drawTabPage,
  exhibitLetter,
  type FaxCover,
  layoutIndex,
  layoutTextPages,
  stampPage,
} from './render-packet-pages.js';
import { layoutWords } from './letter-text.js';

export type { FaxCover } from './render-packet-pages.js';

/** One of the case's stored documents, to be put in the packet as an exhibit. */
export interface PacketExhibit {
  readonly title: string;
  /** `YYYY-MM-DD`, or null when the document has no date. */
  readonly date: string | null;
  readonly mediaType: string;
  readonly bytes: Uint8Array;
}

export interface PacketInput {
  readonly cover: LetterDocument;
  readonly exhibits: readonly PacketExhibit[];
  readonly faxCover?: FaxCover;
  /** What every page number starts with: "OVT" → "OVT-000001". */
  readonly batesPrefix?: string;
}

/** An exhibit left out, and why, in words the person can act on. */
export interface PacketProblem {
  readonly title: string;
  readonly reason: string;
}

export interface BuiltPacket {
  readonly pdf: Uint8Array;
  readonly pages: number;
  /** Each exhibit's pages, its tab page first; page numbers are the stamped ones. */
  readonly index: ExhibitEntry[];
  readonly problems: PacketProblem[];
}

type Content =
  | { readonly kind: 'pdf'; readonly source: PDFDocument; readonly pages: number }
  | { readonly kind: 'image'; readonly image: Picture; readonly pages: 1 }
  | { readonly kind: 'text'; readonly lines: PlacedLine[][]; readonly pages: number };

/**
 * The packet a person mails or faxes: an optional fax cover sheet, the cover letter, the exhibit
 * index, then each exhibit after its tab page — PDFs page by page, pictures fitted to a page, text
 * documents set in type. Every page is stamped "OVT-000001 · Page i of n". Page counts are known
 * before anything is drawn, so the index holds the final page ranges in one pass. An exhibit that
 * cannot be read (a damaged or password-protected PDF, an unknown kind of file) is left out and
 * named in `problems`; the caller decides whether a packet without it may go.
 */
export async function renderPacketPdf({
  cover,
  exhibits,
  faxCover,
  batesPrefix = 'OVT',
}: PacketInput): Promise<BuiltPacket> {
  const pdf = await PDFDocument.create();
  const fonts = await embedFonts(pdf);
  const problems: PacketProblem[] = [];
  const included: { exhibit: PacketExhibit; content: Content }[] = [];
  for (const exhibit of exhibits) {
    const prepared = await prepare(pdf, fonts, exhibit);
    if ('reason' in prepared) problems.push({ title: exhibit.title, reason: prepared.reason });
    else included.push({ exhibit, content: prepared });
  }

  // First pass: count every page so the index and the fax cover can name final page numbers.
  const letter = layoutLetter(cover, fonts);
  const indexPages = layoutIndex(
    fonts,
    included.map(({ exhibit }, i) => ({ exhibit: exhibitLetter(i), title: exhibit.title })),
  );
  let page = (faxCover ? 1 : 0) + letter.pages.length + indexPages.length;
  const index: ExhibitEntry[] = included.map(({ exhibit, content }, i) => {
    const firstPage = page + 1;
    page += 1 + content.pages;
    return {
      exhibit: exhibitLetter(i),
      title: exhibit.title,
      date: exhibit.date,
      firstPage,
      lastPage: page,
    };
  });
  const total = page;

  // Second pass: draw.
  if (faxCover) {
    drawFaxCover(pdf.addPage([letterPage.width, letterPage.height]), fonts, faxCover, {
      lang: cover.lang,
      date: cover.date,
      subject: cover.subject,
      pages: total,
    });
  }
  drawLetter(pdf, fonts, letter, { footer: false });
  indexPages.forEach((rows, i) =>
    drawIndexPage(
      pdf.addPage([letterPage.width, letterPage.height]),
      fonts,
      rows.map((row) => index[row]!),
      { lang: cover.lang, prefix: batesPrefix, continued: i > 0 },
    ),
  );
  for (const [i, { content }] of included.entries()) {
    drawTabPage(pdf.addPage([letterPage.width, letterPage.height]), fonts, index[i]!, {
      lang: cover.lang,
      position: i,
    });
    await drawContent(pdf, fonts, content);
  }

  const pages = pdf.getPages();
  if (pages.length !== total)
    throw new Error(`packet layout counted ${total} pages but drew ${pages.length}`);
  pages.forEach((drawn, i) =>
    stampPage(
      drawn,
      fonts,
      `${batesNumber(batesPrefix, i + 1)} · ${layoutWords[cover.lang].page(i + 1, total)}`,
    ),
  );
  setMetadata(pdf, cover.title, cover.lang);
  return { pdf: await pdf.save(), pages: total, index, problems };
}

/** Reads an exhibit enough to know its pages, or says why it cannot go in the packet. */
async function prepare(
  pdf: PDFDocument,
  fonts: Typesetter,
  exhibit: PacketExhibit,
): Promise<Content | { reason: string }> {
  const type = exhibit.mediaType.toLowerCase().split(';')[0]!.trim();
  switch (type) {
    case 'application/pdf':
      return preparePdf(exhibit.bytes);
    case 'image/png':
    case 'image/jpeg':
    case 'image/jpg':
      try {
        const image = await embedPicture(
          pdf,
          exhibit.bytes,
          type === 'image/png' ? 'image/png' : 'image/jpeg',
        );
        return { kind: 'image', image, pages: 1 };
      } catch {
        return {
          reason: 'the picture could not be read: it may be damaged. Take or save it again.',
        };
      }
    case 'text/plain': {
      const text = new TextDecoder('utf-8').decode(exhibit.bytes);
      const lines = layoutTextPages(fonts, text);
      return { kind: 'text', lines, pages: lines.length };
    }
    default:
      return {
        reason: `a file of this kind (${type || 'unknown'}) cannot go in a packet. Print it to PDF, or take a photo of it, and add that instead.`,
      };
  }
}

const damaged =
  'the PDF is damaged or not a PDF at all. Download it again, or print it to a new PDF, and add that instead.';

async function preparePdf(bytes: Uint8Array): Promise<Content | { reason: string }> {
  let source: PDFDocument;
  try {
    source = await PDFDocument.load(bytes, { updateMetadata: false });
  } catch (error) {
    if (error instanceof Error && error.name === 'EncryptedPDFError')
      return {
        reason:
          'the PDF is protected by a password or encrypted. Open it, print it to a new PDF without a password, and add that instead.',
      };
    return { reason: damaged };
  }
  let pages: number;
  try {
    pages = source.getPageCount();
  } catch {
    return { reason: damaged };
  }
  if (pages === 0) return { reason: 'the PDF has no pages.' };
  return { kind: 'pdf', source, pages };
}

/** Space kept free under a picture for the stamp. */
const pictureMargin = { side: 36, top: 36, bottom: 48 } as const;

async function drawContent(pdf: PDFDocument, fonts: Typesetter, content: Content): Promise<void> {
  switch (content.kind) {
    case 'pdf': {
      const copied = await pdf.copyPages(content.source, content.source.getPageIndices());
      for (const page of copied) pdf.addPage(page);
      return;
    }
    case 'image': {
      const page = pdf.addPage([letterPage.width, letterPage.height]);
      const room = {
        width: letterPage.width - 2 * pictureMargin.side,
        height: letterPage.height - pictureMargin.top - pictureMargin.bottom,
      };
      const scale = Math.min(room.width / content.image.width, room.height / content.image.height);
      const width = content.image.width * scale;
      const height = content.image.height * scale;
      drawPicture(page, content.image, {
        x: (letterPage.width - width) / 2,
        y: pictureMargin.bottom + (room.height - height) / 2,
        width,
        height,
      });
      return;
    }
    case 'text':
      for (const lines of content.lines)
        drawLines(pdf.addPage([letterPage.width, letterPage.height]), fonts, lines);
      return;
    default:
      content satisfies never;
  }
}
