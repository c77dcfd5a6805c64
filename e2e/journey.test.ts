import path from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { medicaidDenialLetter } from '../src/testing/denial-letters.js';
import { pdfText } from '../src/testing/pdf-text.js';
import {
  expectAccessible,
  expectFitsPhone,
  haveChromium,
  screenshots,
  startBrowserRun,
  type BrowserRun,
} from './harness.js';
import { openCaseFromLetter } from './denial-case.js';

/**
 * The whole fight on one page, in real Chromium: a denial letter opens the case; the case page
 * says what to do next and moves with each thing done — a doctor's letter in the vault ticks the
 * checklist, the rest marked done leads to writing the letter, an overdue promise on a call leads
 * to the follow-up call — then a decision and the payment go on the timeline and into the printed
 * summary, and the dashboard lists what is due across cases.
 */

const patientName = 'Nguyễn Thị Lan';
const oneSpaced = (text: string) => text.replace(/\s+/g, ' ');

/** A day counted from today (UTC), `YYYY-MM-DD`: a few days back is "today or before" in any US zone. */
const daysFromToday = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const noticeDate = daysFromToday(-6);
const followUpDay = daysFromToday(-2);
const decidedOn = daysFromToday(-4);

/** A one-page PDF, as a doctor's office would send it. */
async function doctorsLetterPdf(): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  pdf.addPage().drawText('Letter of medical necessity: physical therapy is needed.', {
    x: 50,
    y: 700,
    size: 12,
    font,
  });
  return Buffer.from(await pdf.save());
}

describe.skipIf(!haveChromium)('the case page as a command centre, in Chromium', () => {
  let run: BrowserRun;
  let page: Page;
  let caseId = '';
  let casePath = '';

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

  const nextStep = () => page.locator('section.next-step');
  /** Waits until "What to do next" says `action`. */
  const nextStepSays = (action: string) =>
    nextStep().locator('.next-action', { hasText: action }).waitFor();

  /** The status form's step whose value ends with `phase` (`-drafted`, `-submitted`). */
  async function moveTo(phase: string) {
    const select = page.getByLabel('Next step', { exact: true });
    const values = await select
      .locator('option')
      .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
    const to = values.find((value) => value.endsWith(phase));
    expect(to, `a next step ending in ${phase} among ${values.join(', ')}`).toBeDefined();
    await select.selectOption(to!);
    const label = await select.locator('option:checked').innerText();
    await page.getByRole('button', { name: 'Move to this step' }).click();
    await page.locator('.status-panel .status', { hasText: label.trim() }).waitFor();
  }

  it('opens a case from a denial letter and puts the next step on top: gather evidence', async () => {
    // The letter's own date is fixed; a recent one keeps the appeal window open whenever this runs.
    caseId = await openCaseFromLetter(page, run.url, medicaidDenialLetter, {
      denial: { noticeDate },
    });
    casePath = `/cases/${caseId}`;

    await page.goto(`${run.url}${casePath}`);
    await page.getByRole('heading', { level: 1, name: patientName }).waitFor();
    await nextStepSays('Gather your evidence');
    // The parts of the page, in order: the next step on top, the timeline and the whole case last.
    const headings = await page.locator('main h2').allInnerTexts();
    const order = [
      'What to do next',
      'Where it stands',
      'Deadlines',
      'What to gather',
      'Your documents',
      'Letters',
      'Calls and follow-ups',
      'Timeline',
      'Details',
      'The whole case',
    ];
    const positions = order.map((title) => headings.indexOf(title));
    expect(positions, headings.join(' | ')).toEqual([...positions].sort((a, b) => a - b));
    expect(positions).not.toContain(-1);
    expect(headings.some((h) => h.startsWith('Who can help'))).toBe(true);

    // "See what to gather" goes to the evidence, and the focus with it.
    const link = nextStep().getByRole('link', { name: 'See what to gather' });
    expect(await link.getAttribute('href')).toBe(`${casePath}#evidence`);
    await link.click();
    await page.waitForFunction(() => document.activeElement?.id === 'evidence');
    expect(new URL(page.url()).hash).toBe('#evidence');
    expect(await page.locator('.checklist-item.state-missing').count()).toBeGreaterThan(0);
    await expectAccessible(page, 'the case page, evidence missing');
    expectQuietConsole();
  });

  it('ticks the doctor’s letter off when it is filed in the vault, then moves on to the letter', async () => {
    await page.getByLabel('Add a document', { exact: true }).setInputFiles({
      name: 'dr-okafor.pdf',
      mimeType: 'application/pdf',
      buffer: await doctorsLetterPdf(),
    });
    const vault = page.locator('section.vault-panel');
    const row = vault.locator('.vault-list > li', { hasText: 'dr-okafor.pdf' });
    await row.waitFor();
    await row.getByRole('button', { name: 'Change' }).click();
    await row
      .getByLabel('What is it?')
      .selectOption({ label: 'Doctor’s letter of medical necessity' });
    await row.getByRole('button', { name: 'Save' }).click();
    await vault
      .getByRole('heading', { level: 3, name: 'Doctor’s letter of medical necessity' })
      .waitFor();
    // The checklist ticks it off: in words, not by colour alone.
    const ticked = page.locator('.checklist-item.state-have', {
      hasText: 'Letter of medical necessity',
    });
    await ticked.first().waitFor();
    expect(await ticked.first().locator('.badge').innerText()).toBe('You have this');
    expect(await ticked.first().getByRole('link', { name: 'dr-okafor.pdf' }).count()).toBe(1);

    // Everything else marked done by hand.
    const missing = page.locator('.checklist-item.state-missing');
    for (let left = await missing.count(); left > 0; left = await missing.count()) {
      await missing.first().getByRole('button', { name: 'Mark done' }).click();
      await page.waitForFunction(
        (before) => document.querySelectorAll('.checklist-item.state-missing').length < before,
        left,
      );
    }
    await page.getByText('You have every important item. More can still help.').waitFor();
    await nextStepSays('Write your appeal letter');
    expect(
      await nextStep().getByRole('link', { name: 'Write the letter' }).getAttribute('href'),
    ).toBe(`${casePath}/letters`);
    // The timeline heard of the document too.
    expect(await page.locator('.timeline > li').count()).toBeGreaterThan(1);
    expectQuietConsole();
  });

  it('logs a call whose promise is overdue: the next step is the follow-up call, flagged in words', async () => {
    await moveTo('-drafted');
    await moveTo('-submitted');
    await nextStepSays('Wait for the decision');
    // One way back, for the newest step only.
    expect(await page.getByRole('button', { name: /^Undo last step/ }).count()).toBe(1);

    const calls = page.locator('#calls');
    await calls.getByLabel('Who did you talk to?').fill('Bluebonnet member services');
    await calls.getByLabel('Their name').fill('Ana');
    await calls.getByLabel('Reference number for this call').fill('REF-5521');
    await calls.getByLabel('What was said?').fill('They will call back about the appeal.');
    await calls.getByLabel('What did they promise? (optional)').fill('A call back');
    await calls.getByLabel('By when? (optional)').fill(followUpDay);
    await calls.getByRole('button', { name: 'Log this call' }).click();

    await nextStepSays('Make the follow-up call you were promised');
    expect(await nextStep().locator('.next-action').innerText()).toMatch(/^Urgent: /);
    const logged = calls.locator('.call', { hasText: 'REF-5521' });
    await logged.waitFor();
    expect(await logged.locator('.follow-up').innerText()).toMatch(/^⚠ Overdue: Follow up on /);
    const task = calls.locator('.task.overdue');
    await task.first().waitFor();
    expect(await task.first().locator('.task-title').innerText()).toMatch(/^⚠ Overdue: /);
    expect(
      await page.locator('.timeline > li', { hasText: 'Bluebonnet member services' }).count(),
    ).toBe(1);

    // "Log the call" leads to the calls, with the focus there and the form unfolded.
    await page.evaluate(() => window.scrollTo(0, 0));
    await nextStep().getByRole('link', { name: 'Log the call' }).click();
    await page.waitForFunction(() => document.activeElement?.id === 'calls');
    expect(await page.locator('#calls details').first().getAttribute('open')).not.toBeNull();
    await expectAccessible(page, 'the case page, follow-up overdue');
    await page.screenshot({ path: path.join(screenshots, 'journey-case.png'), fullPage: true });
    expectQuietConsole();
  });

  it('lists the task on the dashboard, overdue in words, linked to its case', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'All deadlines' }).click();
    await page.getByRole('heading', { level: 1, name: 'All deadlines' }).waitFor();
    const due = page.locator('section.due-tasks');
    await due.getByRole('heading', { level: 2, name: 'What is due' }).waitFor();
    const overdue = due.locator('.task.overdue');
    await overdue.first().waitFor();
    expect(await overdue.first().innerText()).toContain('Overdue:');
    // Soonest first.
    const days = await due
      .locator('.task-meta time:first-of-type')
      .evaluateAll((times) => times.map((t) => t.getAttribute('datetime') ?? ''));
    expect(days).toEqual([...days].sort());
    await expectAccessible(page, 'the dashboard');
    await page.screenshot({
      path: path.join(screenshots, 'journey-dashboard.png'),
      fullPage: true,
    });

    // From a task to its case.
    await overdue.first().getByRole('link', { name: patientName }).click();
    await page.getByRole('heading', { level: 1, name: patientName }).waitFor();
    expect(new URL(page.url()).pathname).toBe(casePath);

    // An address with #calls, opened afresh, lands at the calls once the case has loaded.
    await page.goto(`${run.url}${casePath}#calls`);
    await page.getByRole('heading', { level: 1, name: patientName }).waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'calls');
    expectQuietConsole();
  });

  it('records a decision and the payment, in words, once — and the timeline says so', async () => {
    const form = page.locator('form.outcome-form');
    await form.getByRole('heading', { name: 'Record a decision' }).waitFor();
    // Nothing chosen: said in words.
    await form.getByRole('button', { name: 'Record the decision' }).click();
    await form.getByRole('alert').getByText('Choose what was decided.').waitFor();
    // A date after today: the server's words.
    await form.getByLabel('Won', { exact: true }).check();
    await form.getByLabel(/^Date on the decision letter/).fill(daysFromToday(3));
    await form.getByLabel(/^Who decided\?/).fill('Bluebonnet Community Health Plan');
    await form.getByRole('button', { name: 'Record the decision' }).click();
    await form
      .getByRole('alert')
      .getByText(/in the future/)
      .waitFor();
    await expectAccessible(page, 'the decision form with a problem');

    await form.getByLabel(/^Date on the decision letter/).fill(decidedOn);
    await form.getByLabel('Reference number (optional)').fill('APL-9931');
    // Two submits in the same moment record one decision.
    await page.evaluate(() => {
      const outcome = document.querySelector<HTMLFormElement>('form.outcome-form')!;
      outcome.requestSubmit();
      outcome.requestSubmit();
    });
    await page.locator('.timeline > li', { hasText: /^Won at the plan appeal/ }).waitFor();
    await nextStepSays('paid the claim');

    // Now only a payment can be recorded: it is chosen already.
    const paid = page.locator('form.outcome-form');
    expect(await paid.getByLabel('Paid', { exact: true }).isChecked()).toBe(true);
    expect(await paid.getByLabel('Won', { exact: true }).count()).toBe(0);
    await paid.getByLabel(/^Date on the decision letter/).fill(decidedOn);
    await paid.getByLabel(/^Who decided\?/).fill('Bluebonnet Community Health Plan');
    await paid.getByLabel('Amount paid, in dollars (optional)').fill('1,250.00');
    await paid.getByRole('button', { name: 'Record the decision' }).click();
    const payment = page.locator('.timeline > li', { hasText: /^Paid by Bluebonnet/ });
    await payment.waitFor();
    expect(await payment.innerText()).toContain('$1,250.00');
    await nextStepSays('Check the payment matches, then close the case');

    const outcomes = await page.request.get(`${run.url}/api/cases/${caseId}/outcomes`);
    const items = ((await outcomes.json()) as { items: { decision: string }[] }).items;
    expect(items.map((o) => o.decision)).toEqual(['overturned', 'paid']);
    expectQuietConsole();
  });

  it('prints the whole case as a PDF with the decision and the payment', async () => {
    const href = await page
      .getByRole('link', { name: 'Download a summary (PDF)' })
      .getAttribute('href');
    const pdf = await page.request.get(`${run.url}${href ?? ''}`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    const text = oneSpaced(await pdfText(await pdf.body()));
    expect(text).toContain(patientName);
    expect(text).toContain('$1,250.00');
    expect(text).toContain('dr-okafor.pdf');
    expectQuietConsole();
  });

  it('fits a phone screen: the case page and the dashboard', async () => {
    await expectFitsPhone(
      run.browser,
      [
        [`${run.url}/deadlines`, 'All deadlines'],
        [`${run.url}${casePath}`, patientName],
      ],
      async (phone) => {
        await phone.locator('section.next-step .next-action').waitFor();
        await phone.locator('#calls .call').first().waitFor();
        await phone.screenshot({
          path: path.join(screenshots, 'journey-case-phone.png'),
          fullPage: true,
        });
      },
    );
  });
});
