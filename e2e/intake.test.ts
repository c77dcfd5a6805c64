import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  claimDenialWithoutProgram,
  groceryList,
  medicaidDenialLetter,
} from '../src/testing/denial-letters.js';
import { deniedByReference, paidInFull, partlyDenied } from '../src/testing/fhir-eobs.js';
import {
  expectAccessible,
  expectFitsPhone,
  haveChromium,
  screenshots,
  startBrowserRun,
  type BrowserRun,
} from './harness.js';

/**
 * Adding a denial letter in real Chromium: upload a file, see the fields read from it beside the
 * letter (each marked where it was found, the doubtful and missing ones flagged), fix what is
 * missing, open the case and land on its page with its deadlines. And the server's own words when
 * a file cannot be read.
 */

const letterFile = (name: string, text: string) => ({
  name,
  mimeType: 'text/plain',
  buffer: Buffer.from(text, 'utf8'),
});

/** The check page of a draft: `/intake/<id>`, not the upload page `/intake`. */
const isDraftPage = (url: URL) => /^\/intake\/[^/]+$/.test(url.pathname);

describe.skipIf(!haveChromium)('adding a denial letter in the web app, in Chromium', () => {
  let run: BrowserRun;
  let page: Page;
  let firstDraftPath = '';
  let openedDraftPath = '';

  beforeAll(async () => {
    run = await startBrowserRun();
    page = run.page;
  });

  afterAll(async () => {
    await run?.close();
  });

  function expectQuietConsole() {
    expect(run.consoleProblems).toEqual([]);
  }

  async function upload(file: ReturnType<typeof letterFile>) {
    await page.locator('#intake-file').setInputFiles(file);
    await page.getByText(`Chosen: ${file.name}`).waitFor();
    await page.getByRole('button', { name: 'Read the letter' }).click();
  }

  it('offers to add a letter from the case list: a file, a photo, or a drop', async () => {
    await page.goto(`${run.url}/cases`);
    await page.getByRole('link', { name: 'Add your denial letter' }).click();
    await page.getByRole('heading', { level: 1, name: 'Add a denial letter' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/intake');
    expect(await page.title()).toBe('Add a denial letter · Overturn');
    const file = page.getByLabel('Choose a file');
    expect(await file.getAttribute('accept')).toBe(
      'application/pdf,image/png,image/jpeg,.txt,.json,.ndjson',
    );
    const photo = page.getByLabel('Take a photo');
    expect(await photo.getAttribute('accept')).toBe('image/*');
    expect(await photo.getAttribute('capture')).toBe('environment');
    expect(await page.getByText('Your file stays on this computer.').count()).toBe(1);
    // From the keyboard: Tab reaches the file picker.
    await page.getByRole('heading', { level: 1 }).click();
    let reached = false;
    for (let i = 0; i < 15 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.id === 'intake-file');
    }
    expect(reached, 'Tab reaches “Choose a file”').toBe(true);
    await expectAccessible(page, 'add a denial letter');
    expectQuietConsole();
  });

  it('shows the server’s message when the file cannot be read, and stays on the page', async () => {
    await upload(letterFile('empty.txt', ''));
    const alert = page.getByRole('alert');
    await alert.getByText('The file is empty.').waitFor();
    expect(await alert.innerText()).toBe('The letter was not read. The file is empty.');
    expect(new URL(page.url()).pathname).toBe('/intake');
    expect(await page.getByRole('button', { name: 'Read the letter' }).isEnabled()).toBe(true);
    await expectAccessible(page, 'add a denial letter, with the server’s error');
    expectQuietConsole();
  });

  it('reads a letter: the fields filled in beside it, each marked where it was found', async () => {
    await upload(letterFile('bluebonnet-denial.txt', medicaidDenialLetter));
    await page.waitForURL(isDraftPage);
    firstDraftPath = new URL(page.url()).pathname;
    await page.getByRole('heading', { level: 1, name: 'Check your letter' }).waitFor();
    expect(await page.title()).toBe('Check your letter · Overturn');

    expect(await page.getByLabel('Patient’s name').inputValue()).toBe('Nguyễn Thị Lan');
    expect(await page.getByLabel('Insurance company').inputValue()).toBe(
      'Bluebonnet Community Health Plan',
    );
    expect(await page.getByLabel('Kind of plan').inputValue()).toBe('medicaid-managed-care');
    expect(await page.getByLabel('Member ID').inputValue()).toBe('51-0098-7734');
    expect(await page.getByLabel('Procedure codes').inputValue()).toBe('97110');
    expect(await page.getByLabel('Days the letter gives you to appeal').inputValue()).toBe('60');

    const mark = page.locator('.document-text mark#found-plan-memberId');
    expect(await mark.innerText()).toBe('51-0098-7734');
    expect(await page.locator('.document-text mark').count()).toBeGreaterThan(3);
    expect(
      await page.getByRole('link', { name: 'Open the original file' }).getAttribute('href'),
    ).toBe(`/api${firstDraftPath}/original`);

    // Each field says, in words, whether it was found and how sure the reading is: as the server
    // judged it, field by field.
    const draft = (await (await page.request.get(`${run.url}/api${firstDraftPath}`)).json()) as {
      review: { path: string; check: 'missing' | 'unsure' | null }[];
      proposal: Record<string, Record<string, unknown>>;
    };
    for (const { path: fieldPath, check } of draft.review) {
      const [section = '', key = ''] = fieldPath.split('.');
      const value = draft.proposal[section]?.[key];
      const given = value !== null && !(Array.isArray(value) && value.length === 0);
      const flag = await page.locator(`#${fieldPath.replace('.', '-')}-extra .flag`).innerText();
      if (check === 'unsure')
        expect(flag, fieldPath).toBe('Check this — we are not sure we read it right');
      else if (check === 'missing') expect(flag, fieldPath).toBe('Not found — please fill in');
      else if (given) expect(flag, fieldPath).toMatch(/^Found \(\d+% sure\)$/);
      else expect(flag, fieldPath).toBe('Not in the letter');
    }
    expect(await page.locator('#plan-memberId-extra .flag').innerText()).toMatch(/^Found /);
    expect(await page.getByLabel('Member ID').getAttribute('aria-describedby')).toContain(
      'plan-memberId-extra',
    );
    expect(await page.locator('#denial-category-extra').innerText()).toContain('Why: “');
    expect(await page.locator('#denial-receivedDate-extra').innerText()).toContain(
      'deadlines may count from it',
    );

    // Typing in a field brings out where it was found; "Show in the letter" goes there.
    await page.getByLabel('Member ID').focus();
    await page.locator('mark#found-plan-memberId.active').waitFor();
    await page
      .locator('#patient-name-extra')
      .getByRole('button', { name: 'Show in the letter' })
      .click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('found-patient-name');
    expect(await page.locator('mark.active').getAttribute('id')).toBe('found-patient-name');

    await page.getByRole('heading', { level: 2, name: 'What this denial means' }).waitFor();
    await expectAccessible(page, 'check your letter');
    await page.screenshot({ path: path.join(screenshots, 'intake-check.png'), fullPage: true });
    expectQuietConsole();
  });

  it('lists the letter as waiting on the case list, until it is checked', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Cases' }).click();
    const waiting = page.locator('section', {
      has: page.getByRole('heading', { name: 'Letters waiting for you to check' }),
    });
    await waiting.getByRole('link', { name: 'Letter for Nguyễn Thị Lan' }).click();
    await page.waitForURL((url) => url.pathname === firstDraftPath);
    await page.getByRole('heading', { level: 1, name: 'Check your letter' }).waitFor();
    expectQuietConsole();
  });

  it('flags a kind of plan the letter does not give; once filled in, opens the case with its deadlines', async () => {
    await page.goto(`${run.url}/cases/new`);
    await page.getByRole('link', { name: 'Add the denial letter' }).click();
    await page.getByRole('heading', { level: 1, name: 'Add a denial letter' }).waitFor();
    await upload(letterFile('harbor.txt', claimDenialWithoutProgram));
    // The upload page's own address (/intake) is not the draft's: wait for /intake/<id>.
    await page.waitForURL(isDraftPage);
    openedDraftPath = new URL(page.url()).pathname;
    const id = openedDraftPath.split('/')[2] ?? '';
    await page.getByRole('heading', { level: 1, name: 'Check your letter' }).waitFor();

    expect(await page.locator('#plan-program-extra .flag').innerText()).toBe(
      'Not found — please fill in',
    );
    expect(await page.getByLabel('Kind of plan').inputValue()).toBe('');
    const toCheck = page.locator('.to-check');
    expect(await toCheck.getByRole('link', { name: 'Kind of plan' }).getAttribute('href')).toBe(
      '#plan-program',
    );
    expect(await page.getByLabel('Patient’s name').inputValue()).toBe('José Muñoz');
    expect(await page.locator('mark#found-plan-memberId').innerText()).toBe('HMH-220-119');

    // Without the kind of plan, the case cannot open: the form says so at the field.
    await page.getByRole('button', { name: 'Open the case' }).click();
    await page.locator('#plan-program-error').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('plan-program');

    await page.getByLabel('Kind of plan').selectOption('employer-group');
    await page.getByLabel('State', { exact: true }).selectOption('ME');
    await page.getByLabel('Date you got the notice').fill('2026-03-05');
    const confirm = page.waitForRequest(
      (request) =>
        request.method() === 'POST' && request.url().endsWith(`/api/cases/${id}/confirm`),
    );
    await page.getByRole('button', { name: 'Open the case' }).click();
    // Only what the person changed goes to the server; the rest stays as it was read.
    expect((await confirm).postDataJSON()).toEqual({
      plan: { program: 'employer-group', state: 'ME' },
      denial: { receivedDate: '2026-03-05' },
    });
    // The guided steps go on with the questions the letter cannot answer; the whole case is a link away.
    await page.waitForURL((url) => url.pathname === `/guide/appeal/${id}/questions`);
    await page.getByRole('link', { name: /^See the whole case on one page/ }).click();
    await page.waitForURL((url) => url.pathname === `/cases/${id}`);
    await page.getByRole('heading', { level: 1, name: 'José Muñoz' }).waitFor();
    const deadline = page.locator('.deadlines-panel .deadline').first();
    await deadline.waitFor();
    expect(await deadline.locator('.badge').count()).toBe(1);
    expect(await page.locator('main').innerText()).toContain('HMH-220-119');
    expectQuietConsole();
  });

  it('links to the case when a letter was already checked', async () => {
    await page.goto(`${run.url}${openedDraftPath}`);
    await page.getByText('You already checked this letter').waitFor();
    const id = openedDraftPath.split('/')[2] ?? '';
    expect(await page.getByRole('link', { name: 'Go to the case' }).getAttribute('href')).toBe(
      `/cases/${id}`,
    );
    expect(await page.getByRole('button', { name: 'Open the case' }).count()).toBe(0);
    expectQuietConsole();
  });

  it('says when a file does not look like a denial, and reads it only if the person says it is one', async () => {
    await page.goto(`${run.url}/intake`);
    await upload(letterFile('market-list.txt', groceryList));
    const alert = page.getByRole('alert');
    await alert.getByText(/does not look like a denial/).waitFor();
    expect(new URL(page.url()).pathname).toBe('/intake');
    await alert.getByRole('button', { name: 'It is a denial: read it anyway' }).click();
    await page.waitForURL(isDraftPage);
    await page.getByRole('heading', { level: 1, name: 'Check your letter' }).waitFor();
    expect(await page.getByLabel('Patient’s name').inputValue()).toBe('');
    expectQuietConsole();
  });

  it('lists every denied claim of a health-record file, and reads another one on request', async () => {
    await page.goto(`${run.url}/intake`);
    const ndjson = [paidInFull, partlyDenied, deniedByReference]
      .map((resource) => JSON.stringify(resource))
      .join('\n');
    await upload({
      name: 'export.ndjson',
      mimeType: 'application/x-ndjson',
      buffer: Buffer.from(ndjson),
    });
    await page.waitForURL(isDraftPage);
    const first = new URL(page.url()).pathname;
    const claims = page.getByRole('region', { name: 'This file holds 2 denied claims' });
    await claims.waitFor();
    expect(await page.getByLabel('Claim number').inputValue()).toBe('CLM-2026-001');
    await claims.getByRole('button', { name: 'Read claim 2' }).click();
    await page.waitForURL((url) => isDraftPage(url) && url.pathname !== first);
    await page.getByText('You are checking claim 2.').waitFor();
    expect(await page.getByLabel('Claim number').inputValue()).toBe('CLM-DENIED');
    await expectAccessible(page, 'a health-record file with two denied claims');
    expectQuietConsole();
  });

  it('puts a letter read by mistake aside, after asking', async () => {
    const draftPath = new URL(page.url()).pathname;
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Put it aside' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    const response = await page.request.get(`${run.url}/api${draftPath}`);
    expect(response.status()).toBe(404);
    expectQuietConsole();
  });

  it('fits a 375-pixel-wide phone screen without sideways scrolling', async () => {
    await expectFitsPhone(
      run.browser,
      [
        [`${run.url}/intake`, 'Add a denial letter'],
        [`${run.url}${firstDraftPath}`, 'Check your letter'],
      ],
      async (phone) => {
        await expectAccessible(phone, 'check your letter on a phone');
        await phone.screenshot({ path: path.join(screenshots, 'intake-375.png'), fullPage: true });
      },
    );
  });
});
