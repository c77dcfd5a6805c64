import { extractText, getDocumentProxy } from 'unpdf';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { letterImage } from '../testing/scans.js';
import { buildLetterDocument } from '../testing/letter-document-factory.js';
import { renderPacketPdf } from './render-packet-pdf.js';

/** Each page's text, as pdf.js reads it. */
async function pageTexts(bytes: Uint8Array): Promise<string[]> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes), { isEvalSupported: false });
  try {
    const { text } = await extractText(pdf, { mergePages: false });
    return text;
  } finally {
    await pdf.destroy();
  }
}

/** A PDF of `pages` pages, each saying which page of which document it is. */
async function textPdf(name: string, pages: number): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (let i = 1; i <= pages; i += 1)
    pdf.addPage([612, 792]).drawText(`${name} page ${i}`, { x: 72, y: 700, size: 12, font });
  return pdf.save();
}

describe('renderPacketPdf', () => {
  it('puts the fax cover, the letter, the index and three exhibits in order, every page numbered', async () => {
    const built = await renderPacketPdf({
      cover: buildLetterDocument(),
      exhibits: [
        {
          title: 'Denial letter',
          date: '2026-10-01',
          mediaType: 'application/pdf',
          bytes: await textPdf('Denial', 2),
        },
        {
          title: 'Photo of the EOB',
          date: null,
          mediaType: 'image/png',
          bytes: letterImage(['EOB']),
        },
        {
          title: 'Notes from the call',
          date: '2026-10-05',
          mediaType: 'text/plain',
          bytes: new TextEncoder().encode('Called Acme on Oct 5.\nRep: Ana, ref 7781.'),
        },
      ],
      faxCover: {
        to: 'Acme Appeals',
        fax: '214-555-0100',
        from: 'José Muñoz',
        phone: '512-555-0142',
      },
    });
    // fax 1 + letter 1 + index 1 + (tab + 2) + (tab + 1) + (tab + 1) = 10
    expect(built.problems).toEqual([]);
    expect(built.pages).toBe(10);
    expect(built.index).toEqual([
      { exhibit: 'A', title: 'Denial letter', date: '2026-10-01', firstPage: 4, lastPage: 6 },
      { exhibit: 'B', title: 'Photo of the EOB', date: null, firstPage: 7, lastPage: 8 },
      {
        exhibit: 'C',
        title: 'Notes from the call',
        date: '2026-10-05',
        firstPage: 9,
        lastPage: 10,
      },
    ]);
    const pages = await pageTexts(built.pdf);
    expect(pages).toHaveLength(10);
    pages.forEach((text, i) => {
      expect(text).toContain(`OVT-${String(i + 1).padStart(6, '0')}`);
      expect(text).toContain(`Page ${i + 1} of 10`);
    });
    expect(pages[0]).toContain('Fax');
    expect(pages[0]).toContain('Acme Appeals');
    expect(pages[0]).toMatch(/Pages, with this cover:\s*10/);
    expect(pages[1]).toContain('José Muñoz');
    expect(pages[1]).toContain('CLM-2026-00917');
    expect(pages[2]).toContain('Exhibit index');
    expect(pages[2]).toMatch(/A\s+Denial letter\s+Oct 1, 2026\s+4–6\s+OVT-000004 –\s+OVT-000006/);
    expect(pages[2]).toMatch(/C\s+Notes from the call\s+Oct 5, 2026\s+9–10/);
    expect(pages[3]).toContain('Exhibit A');
    expect(pages[4]).toContain('Denial page 1');
    expect(pages[5]).toContain('Denial page 2');
    expect(pages[6]).toContain('Exhibit B');
    expect(pages[8]).toContain('Exhibit C');
    expect(pages[9]).toContain('Rep: Ana, ref 7781.');
  });

  it('leaves out a damaged PDF, an encrypted one and an unknown file, saying why, and numbers the rest', async () => {
    const built = await renderPacketPdf({
      cover: buildLetterDocument(),
      exhibits: [
        {
          title: 'Broken scan',
          date: null,
          mediaType: 'application/pdf',
          bytes: new TextEncoder().encode('%PDF-1.7 not really'),
        },
        {
          title: 'Word file',
          date: null,
          mediaType: 'application/msword',
          bytes: new Uint8Array([1, 2, 3]),
        },
        {
          title: 'Good one',
          date: null,
          mediaType: 'application/pdf',
          bytes: await textPdf('Good', 1),
        },
      ],
    });
    expect(built.problems.map((p) => p.title)).toEqual(['Broken scan', 'Word file']);
    expect(built.problems[0]!.reason).toMatch(/damaged or not a PDF/);
    expect(built.problems[1]!.reason).toMatch(/cannot go in a packet/);
    expect(built.index).toEqual([
      { exhibit: 'A', title: 'Good one', date: null, firstPage: 3, lastPage: 4 },
    ]);
    const pages = await pageTexts(built.pdf);
    expect(pages).toHaveLength(4);
    expect(pages[3]).toContain('Good page 1');
    expect(pages[3]).toContain('OVT-000004 · Page 4 of 4');
  });

  it('stamps a page turned sideways where the reader sees its bottom right', async () => {
    const source = await PDFDocument.create();
    const font = await source.embedFont(StandardFonts.Helvetica);
    const turned = source.addPage([612, 792]);
    turned.drawText('Sideways', { x: 72, y: 700, size: 12, font });
    const { degrees } = await import('pdf-lib');
    turned.setRotation(degrees(90));
    const built = await renderPacketPdf({
      cover: buildLetterDocument(),
      exhibits: [
        { title: 'Turned', date: null, mediaType: 'application/pdf', bytes: await source.save() },
      ],
      batesPrefix: 'MUNOZ',
    });
    const pages = await pageTexts(built.pdf);
    expect(pages[3]).toContain('MUNOZ-000004 · Page 4 of 4');
  });
});
