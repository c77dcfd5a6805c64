import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../src/testing/pdf-text.js';
import {
  expectAccessible,
  expectFitsPhone,
  haveChromium,
  screenshots,
  startBrowserRun,
  type BrowserRun,
} from './harness.js';
import { packetWithRecord, reportPdf } from './records.js';

/**
 * A second opinion from start to finish in real Chromium: "Should I get one?", the case, the
 * coverage steps with their law, the referral letter, records from the vault into one PDF, the
 * questions for the visit (answers kept), a second doctor who sees it differently, and the
 * comparison that says so and suggests a third opinion — on screen, on a phone and as a PDF.
 * Every page passes axe with no violations.
 */

const patientName = 'Rosa Martínez <b>';
const samePath = (pathname: string) => (url: URL) => url.pathname === pathname;

describe.skipIf(!haveChromium)('second opinions in the web app, in Chromium', () => {
  let run: BrowserRun;
  let page: Page;
  let caseId = '';
  const dialogs: string[] = [];

  beforeAll(async () => {
    run = await startBrowserRun();
    page = run.page;
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

  /** Fetches what a link points at, as the browser would download it. */
  async function fetchLink(name: string | RegExp) {
    const href = await page.getByRole('link', { name }).getAttribute('href');
    expect(href).toBeTruthy();
    return page.request.get(`${run.url}${href ?? ''}`);
  }

  it('answers "Should I get a second opinion?" and opens the case', async () => {
    await page.goto(`${run.url}/opinions`);
    await page.getByRole('heading', { level: 1, name: 'Second opinions' }).waitFor();
    await page.getByText('No second opinions yet').waitFor();
    await expectAccessible(page, 'the empty list of second opinions');
    await page.getByRole('link', { name: 'Should I get a second opinion?' }).click();
    await page.waitForURL(samePath('/opinions/new'));
    await page.getByRole('heading', { level: 1, name: 'Should I get a second opinion?' }).waitFor();
    expect(await page.title()).toBe('Should I get a second opinion? · Overturn');
    await expectAccessible(page, 'the check');

    await page.getByLabel('A major surgery is planned').check();
    await page.getByLabel('I want to know my other options').check();
    await page.getByRole('button', { name: 'See what we suggest' }).click();
    const answer = page.getByRole('heading', { level: 2, name: /^A second opinion: / });
    await answer.waitFor();
    expect(await answer.innerText()).toBe('A second opinion: Strongly recommended');
    // The focus moves to the answer, so a screen reader reads it next.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('recommendation-title');
    expect(await page.locator('.recommendation li').count()).toBeGreaterThan(0);
    await expectAccessible(page, 'the check with its answer');

    // The advocate's way: the form's four parts on one page.
    await page.getByRole('button', { name: 'Show all parts on one page' }).click();
    await page.getByLabel('Patient’s name').fill(patientName);
    await page.getByLabel(/^The question you want answered/).fill('Do I need a knee replacement?');
    await page.getByLabel('Do I need this surgery, or is there another way?').check();
    await page.getByLabel('The condition, if you know it').fill('Knee arthritis');
    await page.getByLabel('Avoiding surgery if I safely can').check();
    await page.getByLabel('Staying at work').check();
    await page.getByLabel('Insurance company').fill('Golden State Health');
    await page.getByLabel('Kind of plan').selectOption('individual-market');
    await page.getByLabel('Kind of network').selectOption('hmo');
    await page.getByLabel('State you live in').selectOption('CA');
    await page.getByLabel(/^Your primary care doctor/).fill('Dr. Amy Chen');
    await page.getByLabel(/^Doctor’s name/).fill('Dr. Paul Lee');
    await page.getByLabel(/^Hospital, clinic or practice/).fill('Bay Orthopedics');
    await page.getByLabel('What the doctor thinks you have (the diagnosis)').fill('Osteoarthritis');
    await page.getByLabel(/^Diagnosis code \(ICD-10\)/).fill('m17.11');
    await page.getByLabel('What the doctor recommends').fill('Total knee replacement');
    await expectAccessible(page, 'the new case form');
    await page.screenshot({ path: path.join(screenshots, 'opinion-new.png'), fullPage: true });

    const created = page.waitForResponse(
      (response) =>
        response.request().method() === 'POST' &&
        new URL(response.url()).pathname === '/api/opinions',
    );
    await page.getByRole('button', { name: 'Open the case' }).click();
    const response = await created;
    expect(response.status()).toBe(201);
    const sent = response.request().postDataJSON() as Record<string, unknown>;
    expect(sent['check']).toEqual({
      reasons: ['major-surgery', 'want-options'],
      emergency: false,
      wantsOne: false,
    });
    caseId = ((await response.json()) as { secondOpinion: { id: string } }).secondOpinion.id;
    // A new case opens at its first guided step; the whole case is one link away.
    await page.waitForURL(samePath(`/guide/opinion/${caseId}/coverage`));
    await page
      .getByRole('link', { name: 'See the whole case on one page (for advocates)' })
      .click();
    await page.waitForURL(samePath(`/opinions/${caseId}`));
    const heading = page.getByRole('heading', { level: 1 });
    await heading.getByText(patientName).waitFor();
    expect(await page.title()).toBe(`Second opinion for ${patientName} · Overturn`);
    expect(await page.locator('main b').count()).toBe(0);
    expectQuietConsole();
  });

  it('shows the coverage steps with their law, and saves the referral letter as a PDF', async () => {
    const coverage = page.locator('#coverage');
    await coverage.getByRole('heading', { level: 2, name: 'Having it covered' }).waitFor();
    // California's second-opinion law, cited where it applies.
    const text = await coverage.innerText();
    expect(text).toContain('Rule: Cal. Health & Safety Code §1383.15');
    expect(text).toContain('likely needs a referral');
    await expectAccessible(page, 'the second-opinion case');
    await page.screenshot({ path: path.join(screenshots, 'opinion-case.png'), fullPage: true });

    await page
      .getByLabel('The doctor you want to see, if you know')
      .fill('Dr. Maya Patel, knee specialist');
    const letter = page.getByRole('region', { name: 'Letter asking for a referral' });
    // The letter needs the member ID, which the case does not have yet: it says so, with a link
    // to the box.
    await letter.getByRole('button', { name: 'See the letter' }).click();
    const missing = letter.getByRole('alert');
    await missing.getByRole('link', { name: 'member ID' }).click();
    await page.waitForFunction(() => window.location.hash === '#plan-memberId');
    await expectAccessible(page, 'a letter the case lacks facts for');
    await page.getByLabel(/^Member ID/).fill('GSH-4471');
    await page.getByRole('button', { name: 'Save the plan details' }).click();
    await page.getByText('Your plan details are saved.').waitFor();
    await letter.getByRole('button', { name: 'See the letter' }).click();
    await page.getByRole('heading', { level: 2, name: 'What to do with this letter' }).waitFor();
    // The specialist asked for is in the letter's words, which stay open to change.
    const words = await page
      .locator('article.letter-sheet textarea')
      .evaluateAll((boxes) => boxes.map((box) => (box as HTMLTextAreaElement).value).join('\n'));
    expect(words).toContain('Dr. Maya Patel');
    await expectAccessible(page, 'the referral letter to check');
    await page.getByRole('button', { name: 'Save this letter' }).click();
    await coverage.getByText('Your letter is saved (version 1).').waitFor();
    const pdf = await fetchLink(
      /^Download PDF of Ask your plan to cover a second opinion, version 1$/,
    );
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expectQuietConsole();
  });

  it('puts a record from the vault into the records packet PDF', async () => {
    const bytes = await packetWithRecord(
      page,
      'knee-mri.pdf',
      await reportPdf('MRI of the right knee: severe medial compartment narrowing.'),
    );
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // A cover note and the index come before the imaging report's own page.
    const pages = (await PDFDocument.load(bytes)).getPageCount();
    expect(pages).toBeGreaterThanOrEqual(3);
    const text = await pdfText(bytes);
    expect(text).toContain('Exhibit index');
    expect(text).toContain('severe medial compartment narrowing');
    await page.getByText('Your records packet is downloading (1 document).').waitFor();
    await expectAccessible(page, 'the records with a document');

    // Records not in hand yet: the letter asking for them, whose 30-day answer becomes a task.
    const letter = page.getByRole('region', { name: 'Letter asking for your medical records' });
    await letter
      .getByLabel('The office or hospital that has your records')
      .fill('Bay Orthopedics\nRecords Department\n1 Main St, Oakland, CA 94601');
    await letter.getByRole('button', { name: 'See the letter' }).click();
    await letter.getByRole('button', { name: 'Save this letter' }).click();
    await letter.getByText('Your letter is saved (version 1).').waitFor();
    const taskNote = await letter.getByText(/^We added a task to your list: /).innerText();
    const tasks = page.locator('#records .task-list');
    await tasks.locator('.task').first().waitFor();
    expect(await tasks.locator('.task').count()).toBe(1);
    expect(taskNote).toContain(await tasks.locator('.task-title').innerText());
    expectQuietConsole();
  });

  it('suggests questions for the visit, and keeps an answer after a reload', async () => {
    await page.getByRole('link', { name: 'Make your list of questions for the visit' }).click();
    const questionsPath = `/opinions/${caseId}/questions`;
    await page.waitForURL(samePath(questionsPath));
    await page.getByRole('heading', { level: 1, name: /Questions for the visit/ }).waitFor();
    await page.getByText('No questions yet.').waitFor();
    await page.getByRole('button', { name: 'Suggest questions' }).click();
    await page.getByText('Suggested questions were added to the list.').waitFor();
    const questions = page.locator('.question-list > li');
    expect(await questions.count()).toBeGreaterThan(3);
    await expectAccessible(page, 'the question list');

    const answer = 'Physical therapy first, for 12 weeks.';
    await page.getByLabel('Answer to question 1', { exact: true }).fill(answer);
    await page.getByRole('button', { name: 'Add a question' }).click();
    const count = await questions.count();
    const own = page.getByLabel(`Question ${count}`, { exact: true });
    // The new question's box has the cursor.
    expect(await own.evaluate((box) => box === document.activeElement)).toBe(true);
    await own.fill('Can I keep working while I decide?');
    await page.getByRole('button', { name: 'Save the list' }).click();
    await page.getByText('Your questions are saved.').waitFor();

    await page.reload();
    await page.getByLabel('Answer to question 1', { exact: true }).waitFor();
    expect(await page.getByLabel('Answer to question 1', { exact: true }).inputValue()).toBe(
      answer,
    );
    expect(await page.getByLabel(`Question ${count}`, { exact: true }).inputValue()).toBe(
      'Can I keep working while I decide?',
    );

    await page.getByRole('button', { name: 'Companion view (large print)' }).click();
    await page.getByRole('heading', { level: 2, name: 'The questions to ask' }).waitFor();
    expect(await page.locator('.companion-list').innerText()).toContain(answer);
    expect(await page.locator('.companion-list textarea').count()).toBe(0);
    await expectAccessible(page, 'the companion view');
    // On paper: only the list, each question with room for its answer.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.printed-questions').isVisible()).toBe(true);
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
    expectQuietConsole();
  });

  it('adds a second opinion (a wrong ICD-10 code says so first) and compares them', async () => {
    await page.goto(`${run.url}/opinions/${caseId}#opinions`);
    const form = page.locator('form.opinion-form');
    await form.waitFor();
    await form.getByLabel(/^Doctor’s name/).fill('Dr. Maya Patel');
    await form.getByLabel(/^Hospital, clinic or practice/).fill('Stanford Sports Medicine');
    await form.getByLabel('What the doctor thinks you have (the diagnosis)').fill('Meniscus tear');
    await form.getByLabel(/^Diagnosis code \(ICD-10\)/).fill('not-a-code');
    await form.getByLabel('What the doctor recommends').fill('Physical therapy, then review');
    await form.getByLabel('Why the doctor thinks so').fill('The MRI shows a tear, not bone loss.');
    await form.getByRole('group', { name: 'Listened to me' }).getByLabel('5 – completely').check();
    await form.getByRole('button', { name: 'Add this opinion' }).click();
    const codeBox = form.getByLabel(/^Diagnosis code \(ICD-10\)/);
    await form.locator('.field-error').first().waitFor();
    expect(await codeBox.getAttribute('aria-invalid')).toBe('true');
    expect(await codeBox.evaluate((box) => box === document.activeElement)).toBe(true);
    await expectAccessible(page, 'an opinion with a wrong ICD-10 code');

    await codeBox.fill('S83.241A');
    await form.getByRole('button', { name: 'Add this opinion' }).click();
    await page.getByRole('heading', { level: 3, name: 'Opinion 2: Dr. Maya Patel' }).waitFor();
    await expectAccessible(page, 'the case with two opinions');

    await page.getByRole('link', { name: 'Compare the opinions' }).first().click();
    await page.waitForURL(samePath(`/opinions/${caseId}/compare`));
    await page.getByRole('heading', { level: 1, name: /Compare the opinions/ }).waitFor();
    const findings = page.locator('.compare-findings');
    await findings.waitFor();
    expect(await findings.locator('dd').first().innerText()).toContain('Differs');
    await findings.getByRole('heading', { name: 'A third opinion may help' }).waitFor();
    expect(await page.locator('.compare-column').count()).toBe(2);
    // Side by side on a wide screen.
    const [first, second] = await page
      .locator('.compare-column')
      .evaluateAll((cols) => cols.map((col) => col.getBoundingClientRect().top));
    expect(first).toBe(second);
    await expectAccessible(page, 'the comparison');
    await page.screenshot({ path: path.join(screenshots, 'opinion-compare.png'), fullPage: true });

    const pdf = await fetchLink('Download the comparison (PDF)');
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    const bytes = await pdf.body();
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(await pdfText(bytes)).toContain('Dr. Maya Patel');
    expectQuietConsole();
  });

  it('fits a phone: the case, the questions and the comparison (stacked)', async () => {
    await expectFitsPhone(
      run.browser,
      [
        [`${run.url}/opinions/${caseId}`, `Second opinion for ${patientName}`],
        [`${run.url}/opinions/${caseId}/questions`, 'Questions for the visit'],
        [`${run.url}/opinions/${caseId}/compare`, 'Compare the opinions'],
      ],
      async (phone) => {
        const [first, second] = await phone
          .locator('.compare-column')
          .evaluateAll((cols) => cols.map((col) => col.getBoundingClientRect().top));
        expect(second).toBeGreaterThan(first ?? 0);
        await expectAccessible(phone, 'the comparison on a phone');
        await phone.screenshot({
          path: path.join(screenshots, 'opinion-compare-phone.png'),
          fullPage: true,
        });
      },
    );
  });

  it('turns a refused referral into an appeal case in one step', async () => {
    await page.goto(`${run.url}/opinions/${caseId}#coverage`);
    await page.getByText('My referral was refused').click();
    await page.getByLabel('The reason they gave, if any').fill('Not medically necessary');
    await expectAccessible(page, 'a refused referral');
    await page.getByRole('button', { name: 'Open an appeal case' }).click();
    await page.getByRole('link', { name: 'Open the appeal case' }).click();
    await page.waitForURL((url) => /^\/cases\/[^/]+$/.test(url.pathname));
    await page.getByRole('heading', { level: 1, name: patientName }).waitFor();
    expectQuietConsole();
  });

  it('lists the case, and a case that is not there says so', async () => {
    await page.goto(`${run.url}/opinions`);
    await page.getByRole('link', { name: patientName }).waitFor();
    expect(await page.locator('.opinion-case-list').innerText()).toContain('2 opinions');
    await expectAccessible(page, 'the list of second opinions');
    await page.goto(`${run.url}/opinions/no-such-case/compare`);
    await page.getByRole('heading', { level: 1, name: 'Second-opinion case not found' }).waitFor();
    expectQuietConsole();
  });
});
