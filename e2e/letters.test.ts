import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import { encryptedPdf } from '../src/testing/broken-pdfs.js';
import { openCaseFromLetter } from './denial-case.js';
import { medicaidDenialLetter } from '../src/testing/denial-letters.js';
import { pdfText } from '../src/testing/pdf-text.js';
import {
  expectAccessible,
  expectFitsPhone,
  haveChromium,
  screenshots,
  sidewaysScroll,
  startBrowserRun,
  type BrowserRun,
} from './harness.js';

/**
 * Letters and the packet in real Chromium: choose a letter, see it filled in from the case, change
 * its words, save it and download its PDF; then build the packet from a letter and the case's
 * documents. Every text field of the case holds markup, right-to-left text and an emoji: each must
 * show as the very characters typed — never run, never turned into elements.
 */

const script = '<script>alert(1)</script>';
/** Hostile text for a field: markup, Arabic (right to left) and an emoji. */
const hostile = (what: string) => `${script} ${what} مريم 😀`;
const patientName = `${script} مريم 😀`;

const hostileCase = {
  patient: { name: patientName, dateOfBirth: '1980-04-02' },
  plan: {
    insurer: hostile('Health'),
    planName: hostile('Gold'),
    program: 'employer-group',
    state: 'TX',
    memberId: '<b>M-1</b> مريم 😀',
    groupNumber: '<i>G-7</i> 😀',
  },
  claim: {
    claimNumber: '<img src=x onerror=alert(3)> C-9',
    serviceDate: '2026-10-14',
    provider: hostile('Clinic'),
    serviceDescription: hostile('MRI'),
    procedureCodes: ['72148'],
  },
  denial: {
    noticeType: 'claim-denial',
    noticeDate: '2026-11-02',
    category: 'medical-necessity',
    statedReason: hostile('Not needed'),
  },
};

const samePath = (pathname: string) => (url: URL) => url.pathname === pathname;
const oneSpaced = (text: string) => text.replace(/\s+/g, ' ');

describe.skipIf(!haveChromium)('letters and the packet in the web app, in Chromium', () => {
  let run: BrowserRun;
  let page: Page;
  const dialogs: string[] = [];

  beforeAll(async () => {
    run = await startBrowserRun();
    page = run.page;
    // A dialog would mean text from the case ran as code.
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
  });

  afterAll(async () => {
    await run?.close();
  });

  function expectQuietConsole() {
    expect(run.consoleProblems).toEqual([]);
    expect(dialogs).toEqual([]);
  }

  async function openCase(data: object): Promise<string> {
    const created = await page.request.post(`${run.url}/api/cases`, { data });
    expect(created.status()).toBe(201);
    return ((await created.json()) as { id: string }).id;
  }

  /** Chooses a letter (and language) on the letters page and asks to see it. */
  async function chooseLetter(name: string, language = 'English', stepsLanguage = language) {
    await page.getByLabel(name, { exact: true }).check();
    const languageOf = (legend: string) =>
      page.getByRole('group', { name: legend }).getByLabel(language, { exact: true });
    await languageOf('Language of the letter').check();
    await page
      .getByRole('group', { name: 'Language of the steps for you' })
      .getByLabel(stepsLanguage, { exact: true })
      .check();
    await page.getByRole('button', { name: 'See the letter' }).click();
  }

  let hostileId = '';

  it('writes an appeal from a case full of markup, showing every word as plain text', async () => {
    hostileId = await openCase(hostileCase);
    const lettersPath = `/cases/${hostileId}/letters`;
    await page.goto(`${run.url}/cases/${hostileId}`);
    await page.getByRole('heading', { level: 2, name: 'Letters' }).waitFor();
    await page.getByRole('link', { name: 'Write a letter' }).click();
    await page.waitForURL(samePath(lettersPath));
    await page.getByRole('heading', { level: 1, name: 'Letters' }).waitFor();
    expect(await page.title()).toBe('Letters · Overturn');
    await page.getByText('No letters yet.').waitFor();
    // Each letter says what it is for and when to send it.
    expect(
      await page
        .getByLabel('Appeal to your plan', { exact: true })
        .getAttribute('aria-describedby'),
    ).toBe('letter-kind-internal-appeal-about');
    await expectAccessible(page, 'the letters page');

    // Without a choice, the form says what is missing.
    await page.getByRole('button', { name: 'See the letter' }).click();
    await page.getByRole('alert').getByText('Choose a letter.').waitFor();

    await page.getByLabel('Appeal to your plan', { exact: true }).check();
    await page.getByLabel('Your address').fill(`${hostile('12 Oak St')}\nAustin, TX 78701`);
    await page.getByLabel('Your phone').fill('512-555-0199 😀');
    await page.getByLabel('I am writing for someone else').check();
    await page.getByLabel('Your name', { exact: true }).fill(hostile('Sam'));
    await page.getByLabel('How you are related to the patient').fill('parent <u>');
    await page
      .getByLabel('Your plan’s appeals address, if you know it')
      .fill(`${hostile('Appeals Unit')}\nPO Box 1, Dallas, TX 75201`);
    const previewed = page.waitForResponse(
      (response) =>
        response.request().method() === 'POST' &&
        new URL(response.url()).pathname === `/api/cases/${hostileId}/letters/preview`,
    );
    await page.getByRole('button', { name: 'See the letter' }).click();
    const preview = (await (await previewed).json()) as {
      document: { body: string[]; subject: string; enclosures: string[] };
    };
    const heading = page.getByRole('heading', { level: 2, name: /^Check your letter/ });
    await heading.waitFor();
    expect(await heading.innerText()).toBe('Check your letter: Appeal to your plan');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('write-title');

    // The letter shows the case's words as the very characters typed, and no markup came alive.
    const sheet = page.locator('article.letter-sheet');
    await sheet.getByText(script, { exact: false }).first().waitFor();
    const shown = await sheet.innerText();
    for (const text of [
      patientName,
      hostile('Health'),
      hostile('12 Oak St'),
      hostile('Sam'),
      hostile('Appeals Unit'),
      '<b>M-1</b> مريم 😀',
      '<img src=x onerror=alert(3)> C-9',
    ]) {
      expect(shown, text).toContain(text);
    }
    expect(await page.locator('main script, main img, main b, main u').count()).toBe(0);
    expect(await page.getByLabel('Paragraph 1 (what you ask for)').inputValue()).toBe(
      preview.document.body[0],
    );
    await page.getByRole('heading', { level: 2, name: 'What to do with this letter' }).waitFor();
    expect(await page.locator('.letter-guidance li').count()).toBeGreaterThan(1);
    expect(await page.locator('.letter-guidance .disclaimer').innerText()).not.toBe('');
    await expectAccessible(page, 'the letter to check');
    await page.screenshot({ path: path.join(screenshots, 'letter-preview.png'), fullPage: true });

    // A paragraph can be added (the cursor goes into it) and taken away again.
    const paragraphs = page.locator('.letter-body > li');
    const count = await paragraphs.count();
    expect(count).toBe(preview.document.body.length);
    await page.getByRole('button', { name: 'Add a paragraph after paragraph 1' }).click();
    await page.getByLabel('Paragraph 2', { exact: true }).waitFor();
    expect(await paragraphs.count()).toBe(count + 1);
    expect(
      await page.evaluate(
        () => document.activeElement === document.querySelectorAll('textarea')[2],
      ),
    ).toBe(true);
    expect(await page.getByLabel('Paragraph 2', { exact: true }).inputValue()).toBe('');
    await page.getByRole('button', { name: 'Remove paragraph 2', exact: true }).click();
    expect(await paragraphs.count()).toBe(count);

    const edited = `Please pay my claim now. ${script} شكرا 😀`;
    await page.getByLabel('Paragraph 1 (what you ask for)').fill(edited);
    const saving = page.waitForRequest(
      (request) =>
        request.method() === 'POST' &&
        new URL(request.url()).pathname === `/api/cases/${hostileId}/letters`,
    );
    await page.getByRole('button', { name: 'Save this letter' }).click();
    // Only what the person changed goes with the letter: here, its first paragraph.
    const sent = (await saving).postDataJSON() as { kind: string; edits: unknown };
    expect(sent.kind).toBe('internal-appeal');
    expect(sent.edits).toEqual({ body: [edited, ...preview.document.body.slice(1)] });

    await page.getByRole('heading', { level: 2, name: 'Your letter is saved' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('write-title');
    const saved = page.locator('.saved-letters .letter-list > li');
    expect(await saved.count()).toBe(1);
    expect(await saved.innerText()).toContain('Appeal to your plan · version 1');

    const pdfHref = await saved.getByRole('link', { name: /^Download PDF/ }).getAttribute('href');
    const pdf = await page.request.get(`${run.url}${pdfHref ?? ''}`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    const bytes = await pdf.body();
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(oneSpaced(await pdfText(bytes))).toContain(`Please pay my claim now. ${script}`);
    const textHref = await saved.getByRole('link', { name: /^Plain text/ }).getAttribute('href');
    const text = await (await page.request.get(`${run.url}${textHref ?? ''}`)).text();
    expect(text).toContain(edited);
    expect(text).toContain(patientName);

    expect(await page.locator('main script, main img, main b, main u').count()).toBe(0);
    await expectAccessible(page, 'the saved letter');
    expectQuietConsole();
  });

  it('sends no edits when nothing was changed, and writes in Spanish when asked', async () => {
    await page.getByRole('button', { name: 'Write another letter' }).click();
    await page.getByRole('heading', { level: 2, name: 'Write a letter' }).waitFor();
    const saving = page.waitForRequest(
      (request) =>
        request.method() === 'POST' &&
        new URL(request.url()).pathname === `/api/cases/${hostileId}/letters`,
    );
    await chooseLetter('Ask for your claim file', 'Español');
    await page.getByRole('heading', { level: 2, name: /^Check your letter/ }).waitFor();
    expect(await page.locator('article.letter-sheet').getAttribute('lang')).toBe('es');
    await page.getByRole('button', { name: 'Save this letter' }).click();
    const sent = (await saving).postDataJSON() as Record<string, unknown>;
    expect(sent['kind']).toBe('claim-file-request');
    expect(sent['lang']).toBe('es');
    expect(sent).not.toHaveProperty('edits');
    await page.getByRole('heading', { level: 2, name: 'Your letter is saved' }).waitFor();
    // Newest first.
    const saved = page.locator('.saved-letters .letter-list > li');
    expect(await saved.count()).toBe(2);
    expect(await saved.first().innerText()).toContain('Ask for your claim file · version 1');
    expectQuietConsole();
  });

  it('writes an English letter with the steps in Spanish, and lists the rules it cites', async () => {
    await page.goto(`${run.url}/cases/${hostileId}/letters`);
    await page.getByRole('heading', { level: 1, name: 'Letters' }).waitFor();
    const previewing = page.waitForRequest(
      (request) =>
        request.method() === 'POST' && new URL(request.url()).pathname.endsWith('/letters/preview'),
    );
    await chooseLetter('Appeal to your plan', 'English', 'Español');
    const sent = (await previewing).postDataJSON() as Record<string, unknown>;
    expect(sent).toMatchObject({ lang: 'en', guidanceLang: 'es' });
    await page.getByRole('heading', { level: 2, name: /^Check your letter/ }).waitFor();
    expect(await page.locator('article.letter-sheet').getAttribute('lang')).toBe('en');
    const steps = page.locator('aside.letter-guidance');
    expect(await steps.getAttribute('lang')).toBe('es');
    await steps.getByRole('heading', { name: 'Qué hacer con esta carta' }).waitFor();
    const rules = page.locator('details.letter-citations');
    await rules.locator('summary').click();
    const erisa = rules.getByRole('link', { name: /^29 CFR 2560\.503-1\(h\)\(2\)\(iv\)/ });
    expect(await erisa.getAttribute('href')).toBe(
      'https://www.ecfr.gov/current/title-29/section-2560.503-1',
    );
    await expectAccessible(page, 'a letter with its rules listed');
    expectQuietConsole();
  });

  it('lists the facts a letter needs when the case lacks them, each a link to fill it in', async () => {
    const id = await openCase({ ...hostileCase, plan: { ...hostileCase.plan, memberId: null } });
    await page.goto(`${run.url}/cases/${id}/letters`);
    await page.getByRole('heading', { level: 1, name: 'Letters' }).waitFor();
    await chooseLetter('Appeal to your plan');
    const alert = page.getByRole('alert');
    await alert.getByText('This letter needs facts your case does not have yet.').waitFor();
    const link = alert.getByRole('link', { name: 'Member ID' });
    expect(await link.getAttribute('href')).toBe(`/cases/${id}/edit#plan-memberId`);
    // The choices stay as they were, to try again once the case has what it needs.
    expect(await page.getByLabel('Appeal to your plan', { exact: true }).isChecked()).toBe(true);
    await expectAccessible(page, 'a letter the case lacks facts for');
    await link.click();
    await page.waitForURL(samePath(`/cases/${id}/edit`));
    await page.getByRole('heading', { level: 1, name: 'Change details' }).waitFor();
    // The form opens at the missing field.
    await page.waitForFunction(() => document.activeElement?.id === 'plan-memberId');
    expect(await page.getByLabel('Member ID').inputValue()).toBe('');
    expectQuietConsole();
  });

  let packetCase = '';

  it('builds the packet: the letter on top, the documents ticked, the exhibit index shown', async () => {
    packetCase = await openCaseFromLetter(page, run.url, medicaidDenialLetter);
    const packetPath = `/cases/${packetCase}/packet`;

    // No letter yet: the packet page sends the person to write one.
    await page.goto(`${run.url}/cases/${packetCase}`);
    await page.getByRole('link', { name: 'Build the packet' }).click();
    await page.waitForURL(samePath(packetPath));
    await page.getByRole('heading', { level: 1, name: 'Build the packet' }).waitFor();
    expect(await page.title()).toBe('Build the packet · Overturn');
    await page.getByRole('link', { name: 'Write a letter first' }).click();
    await page.waitForURL(samePath(`/cases/${packetCase}/letters`));
    await chooseLetter('Appeal to your plan');
    await page.getByRole('button', { name: 'Save this letter' }).click();
    await page.getByRole('heading', { level: 2, name: 'Your letter is saved' }).waitFor();
    await page.getByRole('link', { name: 'Build the packet to send' }).click();
    await page.waitForURL(samePath(packetPath));

    const cover = page.getByLabel('The letter on top');
    await cover.waitFor();
    expect(await cover.locator('option:checked').innerText()).toMatch(
      /^Appeal to your plan, version 1/,
    );
    const denial = page.getByLabel('denial.txt', { exact: true });
    expect(await denial.isChecked()).toBe(true);
    // One document: it can move neither up nor down.
    expect(await page.getByRole('button', { name: 'Move up denial.txt' }).isDisabled()).toBe(true);
    await page.getByLabel('Add a fax cover page').check();
    await page.getByLabel(/^Who it goes to/).fill(hostile('Appeals'));
    await page.getByLabel(/^Their fax number/).fill('512-555-0100');
    await expectAccessible(page, 'the packet page');

    const building = page.waitForResponse(
      (response) =>
        response.request().method() === 'POST' &&
        new URL(response.url()).pathname === `/api/cases/${packetCase}/packet`,
    );
    await page.getByRole('button', { name: 'Build the packet' }).click();
    const response = await building;
    expect(response.status()).toBe(201);
    const body = response.request().postDataJSON() as { documentIds: string[]; faxCover: unknown };
    expect(body.documentIds).toHaveLength(1);
    expect(body.faxCover).toEqual({ to: hostile('Appeals'), fax: '512-555-0100' });
    const packet = (await response.json()) as { pages: number };

    await page.getByRole('heading', { level: 2, name: 'Your packet is ready' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('packet-title');
    const rows = page.locator('.exhibit-index tbody tr');
    expect(await rows.count()).toBe(1);
    const cells = await rows.first().locator('th, td').allInnerTexts();
    expect(cells[0]).toBe('A');
    expect(cells[1]).toBe('Denial letter');
    expect(cells[3]).toMatch(/^\d+(–\d+)?$/);
    const download = page.getByRole('link', {
      name: `Download the packet (${packet.pages} pages)`,
    });
    const pdf = await page.request.get(`${run.url}${(await download.getAttribute('href')) ?? ''}`);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    const bytes = await pdf.body();
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = await pdfText(bytes);
    expect(text).toContain('OVT-000001');
    expect(text).toContain('51-0098-7734');
    await expectAccessible(page, 'the built packet');
    await page.screenshot({ path: path.join(screenshots, 'packet.png'), fullPage: true });
    expectQuietConsole();
  });

  it('moves documents up and down from the keyboard, and offers to leave out unreadable ones', async () => {
    // Two more documents in the vault: a real PDF with the person's own title and date, and a
    // password-protected PDF that no packet can open.
    const upload = async (name: string, buffer: Buffer, title: string) => {
      const added = await page.request.post(`${run.url}/api/cases/${packetCase}/documents`, {
        multipart: {
          file: { name, mimeType: 'application/pdf', buffer },
          type: 'medical-records',
          title,
          date: '2026-09-20',
        },
      });
      expect(added.status()).toBe(201);
      return ((await added.json()) as { id: string }).id;
    };
    const notes = await PDFDocument.create();
    notes.addPage().drawText('Clinic notes, September 20', { x: 72, y: 700 });
    const notesId = await upload('notes.pdf', Buffer.from(await notes.save()), 'Clinic notes');
    const lockedId = await upload('locked.pdf', Buffer.from(encryptedPdf()), 'Locked records');

    await page.goto(`${run.url}/cases/${packetCase}/packet`);
    const names = page.locator('.exhibit-choices label');
    await page.getByLabel('Locked records', { exact: true }).waitFor();
    expect(await names.allInnerTexts()).toEqual(['denial.txt', 'Clinic notes', 'Locked records']);

    await page.getByRole('button', { name: 'Move down denial.txt' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('denial.txt is now number 2 of 3.').waitFor();
    expect(await names.allInnerTexts()).toEqual(['Clinic notes', 'denial.txt', 'Locked records']);
    await page.keyboard.press('Enter');
    await page.getByText('denial.txt is now number 3 of 3.').waitFor();
    // At the bottom it can only go up: the focus moves to that button.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      'Move up denial.txt',
    );
    await page.keyboard.press('Enter');
    expect(await names.allInnerTexts()).toEqual(['Clinic notes', 'denial.txt', 'Locked records']);

    const sent: { documentIds: string[]; skipUnreadable?: boolean }[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().endsWith(`/cases/${packetCase}/packet`))
        sent.push(request.postDataJSON() as (typeof sent)[number]);
    });
    await page.getByRole('button', { name: 'Build the packet' }).click();
    const alert = page.getByRole('alert');
    await alert.getByText('We could not read these documents').waitFor();
    expect(await alert.innerText()).toContain('Locked records: the PDF');
    await expectAccessible(page, 'the packet page, with a document that cannot be read');
    await alert.getByRole('button', { name: 'Build it without them' }).click();
    await page.getByRole('heading', { level: 2, name: 'Your packet is ready' }).waitFor();
    expect(sent.map((body) => body.documentIds[0])).toEqual([notesId, notesId]);
    expect(sent.map((body) => body.documentIds.at(-1))).toEqual([lockedId, lockedId]);
    expect(sent.map((body) => body.skipUnreadable)).toEqual([undefined, true]);
    expect(await page.locator('.packet-result .notice').innerText()).toContain('Locked records');
    // The index lists the two readable exhibits in the chosen order, with the paper's own date.
    const rows = page.locator('.exhibit-index tbody tr');
    expect(await rows.count()).toBe(2);
    const first = await rows.first().locator('th, td').allInnerTexts();
    expect(first.slice(0, 2)).toEqual(['A', 'Clinic notes']);
    expect(first[2]).toMatch(/2026|Sep/);
    expectQuietConsole();
  });

  it('fits a phone screen: the letters page, the letter, and the packet page', async () => {
    await expectFitsPhone(
      run.browser,
      [
        [`${run.url}/cases/${hostileId}/letters`, 'Letters'],
        [`${run.url}/cases/${packetCase}/packet`, 'Build the packet'],
      ],
      async (phone) => {
        await phone.goto(`${run.url}/cases/${hostileId}/letters`);
        await phone.getByLabel('Appeal to your plan', { exact: true }).check();
        await phone.getByRole('button', { name: 'See the letter' }).click();
        await phone.getByRole('heading', { level: 2, name: /^Check your letter/ }).waitFor();
        const overflow = await sidewaysScroll(phone);
        expect(overflow, `the letter scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
        await phone.screenshot({
          path: path.join(screenshots, 'letter-phone.png'),
          fullPage: true,
        });
      },
    );
  });
});
