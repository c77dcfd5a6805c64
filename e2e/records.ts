import fs from 'node:fs/promises';
import { PDFDocument } from 'pdf-lib';
import type { Page } from 'playwright-core';

/** A one-page PDF with one line of text, as a clinic's imaging report would come. */
export async function reportPdf(line: string): Promise<Buffer> {
  const report = await PDFDocument.create();
  report.addPage().drawText(line, { x: 50, y: 700, size: 11 });
  return Buffer.from(await report.save());
}

/**
 * On a page with the records vault: adds a PDF as `name`, ticks it, and downloads the records
 * packet, as a person would; gives back the downloaded file's bytes.
 */
export async function packetWithRecord(page: Page, name: string, pdf: Buffer): Promise<Buffer> {
  await page.getByLabel('Add a document', { exact: true }).setInputFiles({
    name,
    mimeType: 'application/pdf',
    buffer: pdf,
  });
  const tick = page.getByRole('checkbox', { name });
  await tick.waitFor();
  await tick.check();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the records packet (PDF)' }).click();
  return fs.readFile((await (await downloading).path()) ?? '');
}
