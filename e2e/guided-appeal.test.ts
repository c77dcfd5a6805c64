import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../src/testing/pdf-text.js';
import {
  expectAccessible,
  haveChromium,
  repo,
  screenshots,
  sidewaysScroll,
  startBrowserRun,
  type BrowserRun,
} from './harness.js';

/**
 * A newcomer's whole appeal through the guided steps, in a real browser, from the start screen:
 * a real denial PDF (from the shared corpus) is read and checked, a few questions are answered,
 * the deadlines shown, evidence put off for later, the letter written and the packet downloaded
 * (and read as a PDF), the send logged, a call logged and the win recorded. Every screen is
 * checked with axe and saved as a screenshot.
 */
const denialPdf = path.join(repo, 'e2e/fixtures/employer-claim-denial.pdf');

describe.runIf(haveChromium)('the guided appeal, step by step', () => {
  let run: BrowserRun;
  let caseId = '';
  const shot = (name: string) =>
    run.page.screenshot({ path: path.join(screenshots, `guide-${name}.png`), fullPage: true });
  const expectQuietConsole = () => expect(run.consoleProblems).toEqual([]);
  /** The README's pictures change only when asked (or when missing), so test runs leave the tree clean. */
  const readmeShot = async (name: string) => {
    const file = path.join(repo, 'docs', name);
    if (fs.existsSync(file) && !process.env.UPDATE_SCREENSHOTS) return;
    await run.page.screenshot({ path: file });
  };
  const heading = (name: string | RegExp) =>
    run.page.getByRole('heading', { level: 1, name }).waitFor();
  const stepSays = (text: string) => run.page.locator('.guide-count').getByText(text).waitFor();

  beforeAll(async () => {
    run = await startBrowserRun();
  }, 120_000);
  afterAll(async () => {
    await run?.close();
  });

  it('starts at two doors, and the first one leads to adding the denial letter', async () => {
    const { page } = run;
    await page.goto(run.url);
    await heading('What would you like to do?');
    await page.getByText('You have no open cases yet.').waitFor();
    await expectAccessible(page, 'the start screen');
    await shot('01-start');
    await page.getByRole('link', { name: /My claim or treatment was denied/ }).click();
    await heading('Add a denial letter');
    expect(await page.locator('.guide-strip').innerText()).toContain(
      'Step 1 of 9: Add your denial letter',
    );
    expectQuietConsole();
  });

  it('reads a real denial PDF, and the person fixes what was misread', async () => {
    const { page } = run;
    await page.locator('#intake-file').setInputFiles({
      name: 'denial.pdf',
      mimeType: 'application/pdf',
      buffer: fs.readFileSync(denialPdf),
    });
    await page.getByRole('button', { name: 'Read the letter' }).click();
    await heading('Check your letter');
    expect(await page.locator('.guide-strip').innerText()).toContain(
      'Step 2 of 9: Check what we read',
    );
    expect(await page.getByLabel('Patient’s name').inputValue()).toBe('Keiko Dunmore');
    expect(await page.getByLabel('Insurance company').inputValue()).toBe(
      'Cobalt Ridge Health Plan',
    );
    await page.getByLabel(/^The care that was denied/).fill('Hearing aids for both ears');
    await expectAccessible(page, 'checking the letter');
    await shot('02-check');
    await page.getByRole('button', { name: 'Open the case' }).click();
    await page.waitForURL(/\/guide\/appeal\/[^/]+\/questions$/);
    caseId = decodeURIComponent(new URL(page.url()).pathname.split('/')[3] ?? '');
    expect(caseId).not.toBe('');
    expectQuietConsole();
  });

  it('asks a few questions, one per screen, and saves each answer on the case', async () => {
    const { page } = run;
    await heading('A few questions about your care and your plan');
    await stepSays('Step 3 of 9');
    // The steps before are done, and said so in words.
    const steps = page.getByRole('navigation', { name: 'Your steps' });
    expect(await steps.locator('li').first().innerText()).toContain('Done');
    await expectAccessible(page, 'the first question');
    await shot('03-questions');

    // No answer chosen: said in words.
    await page.getByRole('button', { name: 'Save my answer' }).click();
    await page.getByRole('alert').getByText('Choose one answer, then save it.').waitFor();

    await page
      .getByRole('group', { name: 'Is this urgent for your health?' })
      .getByLabel('No', { exact: true })
      .check();
    await page.getByRole('button', { name: 'Save my answer' }).click();
    await page.getByRole('group', { name: 'Have you already had the care?' }).waitFor();
    await page.getByLabel(/^Yes, I already had it/).check();
    await page.getByRole('button', { name: 'Save my answer' }).click();
    const job = page.getByRole('group', { name: 'Is this health plan through a job?' });
    await job.waitFor();
    // The letter said so already: the answer is chosen.
    await expect.poll(() => job.getByLabel('Yes, through a job').isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Save my answer' }).click();
    await page.getByRole('group', { name: /^Who pays the claims/ }).waitFor();
    // A word of the law explained on tap: opened, read out, closed with Escape.
    const term = page.getByRole('button', { name: /self-funded/ });
    await term.click();
    expect(await term.getAttribute('aria-expanded')).toBe('true');
    await page.evaluate(() => window.scrollTo(0, 0));
    await readmeShot('screenshot-guide.png');
    await page
      .getByRole('status')
      .getByText(/the employer pays the claims itself/)
      .waitFor();
    await expectAccessible(page, 'a question with a word of the law explained');
    await page.keyboard.press('Escape');
    expect(await term.getAttribute('aria-expanded')).toBe('false');
    await page.getByLabel('An insurance company pays the claims').check();
    await page.getByRole('button', { name: 'Save my answer' }).click();
    await page.getByText('Thank you. Your answers are saved').waitFor();

    const saved = await page.request.get(`${run.url}/api/cases/${encodeURIComponent(caseId)}`);
    const c = (await saved.json()) as {
      denial: { urgency: string };
      plan: { program: string; funding: string };
    };
    expect(c.denial.urgency).toBe('post-service');
    expect(c.plan).toMatchObject({ program: 'employer-group', funding: 'fully-insured' });
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    expectQuietConsole();
  });

  it('shows the deadlines with their rules, then lets evidence wait', async () => {
    const { page } = run;
    await heading('Your deadlines');
    await stepSays('Step 4 of 9');
    await page.locator('.deadline').first().waitFor();
    expect(await page.getByText('29 CFR 2560.503-1').count()).toBeGreaterThan(0);
    await expectAccessible(page, 'the deadlines step');
    await shot('04-deadlines');
    await page.getByRole('button', { name: 'Continue', exact: true }).click();

    await heading('What to gather');
    await stepSays('Step 5 of 9');
    await page.locator('#evidence').getByRole('heading').first().waitFor();
    await expectAccessible(page, 'the evidence step');
    await shot('05-gather');
    await page.getByRole('button', { name: 'Skip, I’ll do it later' }).click();
    await heading('Write your appeal letter');
    const gather = page
      .getByRole('navigation', { name: 'Your steps' })
      .locator('li', { hasText: 'What to gather' });
    expect(await gather.innerText()).toContain('Put off for later');
    expectQuietConsole();
  });

  it('writes and saves the appeal letter, then comes back to the steps', async () => {
    const { page } = run;
    await stepSays('Step 6 of 9');
    await expectAccessible(page, 'the letter step');
    await shot('06-write');
    await page.getByRole('link', { name: 'Write my appeal letter' }).click();
    await heading('Letters');
    // The guide chose the appeal: the person only has to look at it.
    expect(await page.getByLabel('Appeal to your plan', { exact: true }).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'See the letter' }).click();
    await page.getByRole('button', { name: 'Save this letter' }).click();
    await page.getByRole('heading', { level: 2, name: 'Your letter is saved' }).waitFor();
    await page.getByRole('link', { name: '← Back to your steps' }).click();
    await heading('Write your appeal letter');
    await page.getByText('You saved 1 letter:').waitFor();
    const write = page
      .getByRole('navigation', { name: 'Your steps' })
      .locator('li', { hasText: 'Your letter' });
    expect(await write.innerText()).toContain('Done');
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    expectQuietConsole();
  });

  it('builds the packet and downloads it as a real PDF', async () => {
    const { page } = run;
    await heading('Put your packet together');
    await shot('07-packet');
    await page.getByRole('link', { name: 'Build my packet' }).click();
    await heading('Build the packet');
    await page.getByRole('button', { name: 'Build the packet' }).click();
    await page.getByRole('heading', { level: 2, name: 'Your packet is ready' }).waitFor();
    const href = await page
      .getByRole('link', { name: /^Download the packet/ })
      .getAttribute('href');
    const pdf = await page.request.get(`${run.url}${href ?? ''}`);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    const text = await pdfText(await pdf.body());
    expect(text).toContain('OVT-000001');
    expect(text).toContain('CRH613022382');
    await page.getByRole('link', { name: '← Back to your steps' }).click();
    await heading('Put your packet together');
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    expectQuietConsole();
  });

  it('logs the send once, even when the button is pressed twice', async () => {
    const { page } = run;
    await heading('Send it, then write down how and when');
    await page.getByLabel(/^By fax/).check();
    await page.getByLabel(/^The day you sent it/).fill('2025-08-01');
    await page.getByLabel('Anything to remember').fill('Fax confirmation page kept.');
    await expectAccessible(page, 'the send step');
    await shot('08-send');
    await page.evaluate(() => {
      const form = document.querySelector<HTMLFormElement>('.guide-body form')!;
      form.requestSubmit();
      form.requestSubmit();
    });
    await page.getByText(/Your case already says it was sent/).waitFor();
    const timeline = await page.request.get(
      `${run.url}/api/cases/${encodeURIComponent(caseId)}/timeline`,
    );
    const events = ((await timeline.json()) as { items: { type: string; data: { to?: string } }[] })
      .items;
    const sends = events.filter(
      (e) => e.type === 'status-changed' && e.data.to?.endsWith('-submitted'),
    );
    expect(sends).toHaveLength(1);
    // The start screen says the person waits now, not that no date is known.
    await page.goto(run.url);
    const card = page.locator('.case-card');
    await card.getByText('Nothing due from you now: waiting for the answer').waitFor();
    await page.goBack();
    await heading('Send it, then write down how and when');
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    expectQuietConsole();
  });

  it('logs a call and records the win', async () => {
    const { page } = run;
    await heading('Wait for the answer, and follow up');
    await stepSays('Step 9 of 9');
    // The call after the plan's last day says one day to call, not a "last day" before it.
    const call = page.locator('.task', { hasText: 'if you have no decision by' }).first();
    expect(await call.locator('.task-meta').innerText()).not.toContain('last day');
    const calls = page.locator('.guide-body');
    await calls.getByLabel('Who did you talk to?').fill('Cobalt Ridge appeals line');
    await calls.getByLabel('Reference number for this call').fill('REF-4410');
    await calls.getByLabel('What was said?').fill('They have the appeal and will decide soon.');
    await calls.getByRole('button', { name: 'Log this call' }).click();
    await calls.locator('.call', { hasText: 'REF-4410' }).waitFor();

    const form = page.locator('form.outcome-form');
    await form.getByLabel('Won', { exact: true }).check();
    await form.getByLabel(/^Date on the decision letter/).fill('2025-08-20');
    await form.getByLabel(/^Who decided\?/).fill('Cobalt Ridge Health Plan');
    await form.getByRole('button', { name: 'Record the decision' }).click();
    const followUp = page
      .getByRole('navigation', { name: 'Your steps' })
      .locator('li', { hasText: 'Wait and follow up' });
    await followUp.getByText('You are here').waitFor();
    // The message says the decision's date as people write it, not as the server stores it.
    const recorded = page.getByText(/^Recorded: Won at/).first();
    await recorded.waitFor();
    expect(await recorded.innerText()).toContain('on August 20, 2025');
    const saved = await page.request.get(`${run.url}/api/cases/${encodeURIComponent(caseId)}`);
    expect(((await saved.json()) as { status: string }).status).toMatch(/-overturned$/);
    await expectAccessible(page, 'the follow-up step after a win');
    await shot('09-follow-up');
    expectQuietConsole();
  });

  it('picks up where the person left off, from the start screen', async () => {
    const { page } = run;
    await page.goto(run.url);
    await page.locator('.case-card').waitFor();
    // After a win the card says so, without a line about deadlines.
    expect(await page.locator('.case-card').innerText()).not.toMatch(/deadline|waiting/i);
    await readmeShot('screenshot-start.png');
    await page.getByRole('link', { name: 'Continue your steps' }).click();
    await page.waitForURL(/\/guide\/appeal\/[^/]+\/[a-z-]+$/);
    // Only the evidence was put off; everything else is done or the last step.
    expect(new URL(page.url()).pathname).toMatch(/\/(gather|follow-up)$/);
    expectQuietConsole();
  });

  it('fits a phone screen and 200 % zoom: no sideways scrolling on any step', async () => {
    for (const [width, zoomed] of [
      [375, false],
      [640, true],
    ] as const) {
      const phone = await run.browser.newPage({
        viewport: { width, height: 740 },
        deviceScaleFactor: zoomed ? 2 : 1,
      });
      try {
        for (const step of ['questions', 'deadlines', 'gather', 'write', 'send', 'follow-up']) {
          await phone.goto(`${run.url}/guide/appeal/${encodeURIComponent(caseId)}/${step}`);
          await phone.locator('.guide-count').waitFor();
          expect(await sidewaysScroll(phone), `${step} at ${width}px`).toBeLessThanOrEqual(0);
        }
        await expectAccessible(phone, `the follow-up step at ${width}px`);
        if (!zoomed)
          await phone.screenshot({
            path: path.join(screenshots, 'guide-phone.png'),
            fullPage: true,
          });
      } finally {
        await phone.close();
      }
    }
  });
});
