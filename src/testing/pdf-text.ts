import { extractText, getDocumentProxy } from 'unpdf';

/** A PDF's text as a real reader (pdf.js) sees it, all pages joined: what a test checks. */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes), { isEvalSupported: false });
  try {
    const { text } = await extractText(pdf, { mergePages: true });
    return text;
  } finally {
    await pdf.destroy();
  }
}
