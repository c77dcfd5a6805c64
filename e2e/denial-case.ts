import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Opens a case the way a person does, through the API: a denial letter as a text file read into a
 * draft, then confirmed with `changes` (what the person corrected). Returns the case's id.
 */
export async function openCaseFromLetter(
  page: Page,
  url: string,
  letter: string,
  changes: object = {},
): Promise<string> {
  const file = { name: 'denial.txt', mimeType: 'text/plain', buffer: Buffer.from(letter, 'utf8') };
  const read = await page.request.post(`${url}/api/intake`, { multipart: { file } });
  expect(read.status()).toBe(201);
  const { id } = (await read.json()) as { id: string };
  const confirmed = await page.request.post(`${url}/api/cases/${id}/confirm`, { data: changes });
  expect(confirmed.status()).toBe(201);
  return id;
}
