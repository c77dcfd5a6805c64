import { AlignmentType, Document, Packer, Paragraph, TabStopType, TextRun } from 'docx';
import type { LetterDocument } from './letter.js';
import { letterParts, type LetterPart } from './letter-text.js';

/** 11-point text (docx counts half-points), one blank line of space between blocks. */
const size = 22;
const lineTwips = 276;
const referenceTab = 3600;

function paragraphsOf(part: LetterPart): Paragraph[] {
  const before = part.gap * lineTwips;
  switch (part.kind) {
    case 'line':
      return [
        new Paragraph({
          spacing: { before },
          children: [new TextRun({ text: part.text, bold: part.bold ?? false, size })],
        }),
      ];
    case 'reference':
      return [
        new Paragraph({
          spacing: { before },
          indent: { left: 720 },
          tabStops: [{ type: TabStopType.LEFT, position: referenceTab }],
          children: [new TextRun({ text: `${part.label}:\t${part.value}`, size })],
        }),
      ];
    case 'paragraph':
      // Word wraps the text itself: the lines `letterParts` wrapped for 72 columns are joined back.
      return [
        new Paragraph({
          spacing: { before },
          alignment: AlignmentType.LEFT,
          children: [new TextRun({ text: part.lines.join(' '), size })],
        }),
      ];
    case 'signature':
      // The closing, blank lines to sign on, the printed name: kept together on one page.
      return part.lines.map(
        (line, index) =>
          new Paragraph({
            spacing: { before: index === 0 ? before : 0 },
            keepNext: true,
            children: [new TextRun({ text: line, size })],
          }),
      );
    case 'bullet':
      return [
        new Paragraph({
          spacing: { before },
          bullet: { level: 0 },
          children: [new TextRun({ text: part.text, size })],
        }),
      ];
  }
}

/**
 * A letter as a Word document (.docx), for people who edit in Word or Google Docs before they
 * print. The same parts, in the same order, as the PDF and the text: one layout, three renderings.
 * Text goes in as text runs, so nothing typed can become markup.
 */
export async function renderLetterDocx(doc: LetterDocument): Promise<Uint8Array> {
  const document = new Document({
    title: doc.title,
    creator: 'Overturn',
    styles: { default: { document: { run: { font: 'DejaVu Serif' } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: 12240, height: 15840 },
            margin: { top: 1440, bottom: 1440, left: 1440, right: 1440 },
          },
        },
        children: letterParts(doc).flatMap(paragraphsOf),
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
