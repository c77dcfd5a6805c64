import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { medicaidDenialLetter } from '../src/testing/denial-letters.js';
import { openCaseFromLetter } from './denial-case.js';
import { expectAccessible, haveChromium, startBrowserRun, type BrowserRun } from './harness.js';

/**
 * When things go wrong, nothing typed is lost: a server error and a lost connection each get a
 * calm message and leave the form filled in; a reload or leaving the step keeps the draft; once
 * sent, the draft is gone and the call is logged once. And the guided questions work from the
 * keyboard alone.
 */
describe.runIf(haveChromium)('resilience and the keyboard in the guided steps', () => {
  let run: BrowserRun;
  let caseId = '';
  const callsPath = () => `/api/cases/${encodeURIComponent(caseId)}/calls`;

  beforeAll(async () => {
    run = await startBrowserRun();
    caseId = await openCaseFromLetter(run.page, run.url, medicaidDenialLetter);
  }, 120_000);
  afterAll(async () => {
    await run?.close();
  });

  it('answers a question with the keyboard alone, the focus starting at the step’s heading', async () => {
    const { page } = run;
    await page.goto(`${run.url}/guide/appeal/${encodeURIComponent(caseId)}/questions`);
    const heading = page.getByRole('heading', { level: 1 });
    await heading.waitFor();
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
    // Tab to the first answer, choose with the arrow keys, Tab on to the button, Enter.
    let onRadio = false;
    for (let i = 0; i < 12 && !onRadio; i++) {
      await page.keyboard.press('Tab');
      onRadio = await page.evaluate(
        () => (document.activeElement as HTMLInputElement | null)?.type === 'radio',
      );
    }
    expect(onRadio, 'Tab reaches the answers').toBe(true);
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown');
    expect(await page.getByLabel('No', { exact: true }).isChecked()).toBe(true);
    let onSave = false;
    for (let i = 0; i < 6 && !onSave; i++) {
      await page.keyboard.press('Tab');
      onSave = await page.evaluate(() => document.activeElement?.textContent === 'Save my answer');
    }
    expect(onSave, 'Tab reaches “Save my answer”').toBe(true);
    // The focus is visible where it is.
    const outline = await page.evaluate(
      () => getComputedStyle(document.activeElement as Element).outlineStyle,
    );
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    await page.getByRole('group', { name: 'Have you already had the care?' }).waitFor();
    expect(run.consoleProblems).toEqual([]);
  });

  it('keeps what was typed through a server error and a lost connection, and after a reload', async () => {
    const { page } = run;
    await page.goto(`${run.url}/guide/appeal/${encodeURIComponent(caseId)}/follow-up`);
    const form = page.locator('form.call-form');
    await form.getByLabel('Who did you talk to?').fill('Bluebonnet appeals line');
    await form.getByLabel('What was said?').fill('They received the appeal on Monday.');

    // The server fails: a calm message, the words still there.
    await page.route(`**${callsPath()}*`, (route) =>
      route.request().method() === 'POST'
        ? route.fulfill({
            status: 500,
            contentType: 'application/json',
            body: '{"error":{"code":"internal","message":"boom"}}',
          })
        : route.fallback(),
    );
    await form.getByRole('button', { name: 'Log this call' }).click();
    await form
      .getByRole('alert')
      .getByText('Something went wrong on our side. What you typed is still here.')
      .waitFor();
    expect(await form.getByLabel('What was said?').inputValue()).toBe(
      'They received the appeal on Monday.',
    );
    await expectAccessible(page, 'the call form after a server error');
    await page.unroute(`**${callsPath()}*`);

    // The connection is lost: said so, the words still there.
    await page.route(`**${callsPath()}*`, (route) =>
      route.request().method() === 'POST' ? route.abort('internetdisconnected') : route.fallback(),
    );
    await form.getByRole('button', { name: 'Log this call' }).click();
    await form
      .getByRole('alert')
      .getByText(/could not reach its server/)
      .waitFor();
    expect(await form.getByLabel('Who did you talk to?').inputValue()).toBe(
      'Bluebonnet appeals line',
    );
    await page.unroute(`**${callsPath()}*`);

    // Leaving and coming back (a reload) keeps the draft.
    await page.reload();
    await form.getByLabel('What was said?').waitFor();
    expect(await form.getByLabel('What was said?').inputValue()).toBe(
      'They received the appeal on Monday.',
    );

    // Sent at last: logged once, and the draft is gone.
    await form.getByRole('button', { name: 'Log this call' }).click();
    await page.locator('.call', { hasText: 'They received the appeal on Monday.' }).waitFor();
    const calls = await page.request.get(`${run.url}${callsPath()}`);
    expect(((await calls.json()) as { items: unknown[] }).items).toHaveLength(1);
    await page.reload();
    await page.locator('.call').first().waitFor();
    await page.locator('summary', { hasText: 'Log a call' }).click();
    expect(await form.getByLabel('What was said?').inputValue()).toBe('');
  });

  it('keeps a half-typed step when the person leaves it and comes back', async () => {
    const { page } = run;
    const send = `${run.url}/guide/appeal/${encodeURIComponent(caseId)}/send`;
    await page.goto(send);
    await page.getByLabel('Anything to remember').fill('Tracking number 9400 1000 0000');
    await page.getByRole('link', { name: 'Back', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Put your packet together' }).waitFor();
    await page.goBack();
    expect(await page.getByLabel('Anything to remember').inputValue()).toBe(
      'Tracking number 9400 1000 0000',
    );
    expect(
      run.consoleProblems.filter((p) => !/status of 500|ERR_INTERNET_DISCONNECTED/.test(p)),
    ).toEqual([]);
  });
});
