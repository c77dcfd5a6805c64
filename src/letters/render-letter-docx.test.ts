import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildLetterDocument } from '../testing/letter-document-factory.js';
import { renderLetterDocx } from './render-letter-docx.js';

/** The text of a .docx as Word stores it: word/document.xml inside the zip. */
async function documentXml(doc = buildLetterDocument()): Promise<string> {
  const files = unzipSync(await renderLetterDocx(doc));
  const xml = files['word/document.xml'];
  if (!xml) throw new Error('no word/document.xml in the .docx');
  return strFromU8(xml);
}

describe('a letter as a Word document', () => {
  it('holds every part of the letter: names, numbers, the ask, the enclosures', async () => {
    const xml = await documentXml();
    for (const text of ['Nguyễn Thị Lan', 'José Muñoz', 'XJH-448812', 'CLM-2026-00917'])
      expect(xml).toContain(text);
    const doc = buildLetterDocument();
    expect(xml).toContain(doc.body[0]?.split(' ').slice(0, 4).join(' '));
    expect(xml).toContain(doc.enclosures[0]);
  });

  it('keeps what people typed as text: markup is escaped, right-to-left text and emoji kept', async () => {
    const xml = await documentXml(
      buildLetterDocument({ body: ['<script>alert(1)</script> مريم 😀 & “quotes”'] }),
    );
    expect(xml).toContain('&lt;script&gt;alert(1)&lt;/script&gt; مريم 😀 &amp; “quotes”');
    expect(xml).not.toContain('<script>');
  });
});
