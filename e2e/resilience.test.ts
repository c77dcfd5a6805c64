import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { medicaidDenialLetter } from '../src/testing/denial-letters.js';
import { openCaseFromLetter } from './denial-case.js';
import { expectAccessible, haveChromium, startBrowserRun, type BrowserRun } from './harness.js';

/**
 * When things go wrong, nothing typed is lost: a server error and a lost connection each get a
 * calm message and leave the form filled in; a reload or leaving the step keeps the draft (a call,
 * a decision, a second-opinion case, a letter's changes); once sent, the draft is gone and the
 * call is logged once. A draft of changes typed over details that changed on the server since is
 * dropped, never brought back. And the guided questions work from the keyboard alone.
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
    await failPosts(page, callsPath());
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

  /** What this browser keeps under a draft's key (null when nothing). */
  const kept = (key: string) =>
    run.page.evaluate((name) => window.localStorage.getItem(`overturn-draft:${name}`), key);
  /** The server fails every POST to `path` (with a 500, as a crash would) until `unroute`. */
  const failPosts = (page: Page, path: string) =>
    page.route(`**${path}*`, (route) =>
      route.request().method() === 'POST'
        ? route.fulfill({
            status: 500,
            contentType: 'application/json',
            body: '{"error":{"code":"internal","message":"boom"}}',
          })
        : route.fallback(),
    );

  /** A case of its own, sent to the plan and waiting for its decision. */
  async function caseWaitingForDecision(): Promise<string> {
    const { page } = run;
    const id = await openCaseFromLetter(page, run.url, medicaidDenialLetter);
    const casePath = `${run.url}/api/cases/${encodeURIComponent(id)}`;
    for (const phase of ['-drafted', '-submitted']) {
      const now = (await (await page.request.get(casePath)).json()) as {
        allowedNextStatuses: { status: string }[];
      };
      const to = now.allowedNextStatuses.map((s) => s.status).find((s) => s.endsWith(phase));
      expect(to, `a step ending in ${phase}`).toBeDefined();
      const moved = await page.request.post(`${casePath}/status`, { data: { to } });
      expect(moved.ok()).toBe(true);
    }
    return id;
  }

  it('keeps a decision being recorded through a reload and a server error, until it is recorded', async () => {
    const { page } = run;
    const id = await caseWaitingForDecision();
    const outcomesPath = `/api/cases/${encodeURIComponent(id)}/outcomes`;
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    await page.goto(`${run.url}/cases/${encodeURIComponent(id)}`);
    const form = page.locator('form.outcome-form');
    const won = form.getByLabel('Won', { exact: true });
    const decidedOn = form.getByLabel(/^Date on the decision letter/);
    const decidedBy = form.getByLabel(/^Who decided\?/);
    const reference = form.getByLabel('Reference number (optional)');
    await won.check();
    await decidedOn.fill(yesterday);
    await decidedBy.fill('Bluebonnet Community Health Plan');
    await reference.fill('APL-2231');

    // A reload keeps it all, the choice too.
    await page.reload();
    expect(await decidedBy.inputValue()).toBe('Bluebonnet Community Health Plan');
    expect(await won.isChecked()).toBe(true);
    expect(await decidedOn.inputValue()).toBe(yesterday);
    expect(await reference.inputValue()).toBe('APL-2231');

    // The server fails: said in words, and what was typed stays, in the form and in the draft.
    await failPosts(page, outcomesPath);
    await form.getByRole('button', { name: 'Record the decision' }).click();
    await form
      .getByRole('alert')
      .getByText('Something went wrong on our side. What you typed is still here.')
      .waitFor();
    expect(await decidedBy.inputValue()).toBe('Bluebonnet Community Health Plan');
    await page.unroute(`**${outcomesPath}*`);
    await page.reload();
    expect(await reference.inputValue()).toBe('APL-2231');
    expect(await won.isChecked()).toBe(true);

    // Recorded at last: the draft is gone, and the payment's form starts empty.
    await form.getByRole('button', { name: 'Record the decision' }).click();
    await page.locator('.timeline > li', { hasText: /^Won at/ }).waitFor();
    expect(await kept(`outcome:${id}`)).toBeNull();
    await page.reload();
    expect(await form.getByLabel('Paid', { exact: true }).isChecked()).toBe(true);
    expect(await decidedBy.inputValue()).toBe('');
    expect(await reference.inputValue()).toBe('');
    const outcomes = await page.request.get(`${run.url}${outcomesPath}`);
    expect(((await outcomes.json()) as { items: unknown[] }).items).toHaveLength(1);
  });

  it('keeps a half-typed second-opinion case when the person leaves the page and comes back', async () => {
    const { page } = run;
    /** The form, all its parts on one page; a kept draft brings the form back by itself. */
    const openForm = async ({ kept = false } = {}) => {
      await page.goto(`${run.url}/opinions/new`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      if (!kept)
        await page.getByRole('button', { name: 'Skip the questions and open a case' }).click();
      await page.getByRole('button', { name: 'Show all parts on one page' }).click();
    };
    const typed = [
      ['Patient’s name', 'Rosa Díaz'],
      [/^The question you want answered/, 'Is surgery the only way?'],
      ['Insurance company', 'Golden State Health'],
      [/^Doctor’s name/, 'Dr. Paul Lee'],
      [/^Hospital, clinic or practice/, 'Bay Orthopedics'],
    ] as const;
    await openForm();
    for (const [label, text] of typed) await page.getByLabel(label).fill(text);
    await page.getByLabel('Staying at work').check();

    // Away to another page, and back.
    await page.goto(`${run.url}/cases`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await openForm({ kept: true });
    for (const [label, text] of typed) expect(await page.getByLabel(label).inputValue()).toBe(text);
    expect(await page.getByLabel('Staying at work').isChecked()).toBe(true);

    // Opened: the draft is gone, and the form starts empty again.
    const created = page.waitForResponse(
      (response) =>
        response.request().method() === 'POST' &&
        new URL(response.url()).pathname === '/api/opinions',
    );
    await page.getByRole('button', { name: 'Open the case' }).click();
    expect((await created).status()).toBe(201);
    await page.waitForFunction(() => !window.location.pathname.startsWith('/opinions/new'));
    expect(await kept('new-opinion')).toBeNull();
    await openForm();
    expect(await page.getByLabel('Patient’s name').inputValue()).toBe('');
    expect(await page.getByLabel('Insurance company').inputValue()).toBe('');
  });

  it('keeps the changes to a letter through a reload, until the letter is saved', async () => {
    const { page } = run;
    const lettersUrl = `${run.url}/cases/${encodeURIComponent(caseId)}/letters`;
    const firstParagraph = page.getByLabel('Paragraph 1 (what you ask for)');
    const seeLetter = async () => {
      await page.getByLabel('Appeal to your plan', { exact: true }).check();
      await page.getByRole('button', { name: 'See the letter' }).click();
      await page.getByRole('heading', { level: 2, name: /^Check your letter/ }).waitFor();
    };
    const letterDrafts = () =>
      page.evaluate(
        (prefix) => Object.keys(window.localStorage).filter((key) => key.startsWith(prefix)),
        `overturn-draft:letter:${caseId}:`,
      );
    await page.goto(lettersUrl);
    // The choices typed before the letter is written are kept too.
    const phone = page.getByLabel('Your phone', { exact: true });
    await phone.fill('555-0142');
    await page.reload();
    expect(await phone.inputValue()).toBe('555-0142');
    await seeLetter();
    const edited = 'Please cover the physical therapy my doctor ordered, as the records show.';
    await firstParagraph.fill(edited);

    await page.reload();
    await seeLetter();
    expect(await firstParagraph.inputValue()).toBe(edited);
    expect(await letterDrafts()).toHaveLength(1);

    await page.getByRole('button', { name: 'Save this letter' }).click();
    await page.getByRole('heading', { level: 2, name: 'Your letter is saved' }).waitFor();
    expect(await letterDrafts()).toEqual([]);
    expect(await kept(`letter-choices:${caseId}`)).toBeNull();
  });

  it('drops a draft of a case’s changes once the case changed on the server meanwhile', async () => {
    const { page } = run;
    const draftKey = `edit-case:${caseId}`;
    await page.goto(`${run.url}/cases/${encodeURIComponent(caseId)}/edit`);
    const memberId = page.getByLabel('Member ID');
    const saved = await memberId.inputValue();
    await memberId.fill('51-0098-7734-02');

    // While the case stays as it was, the draft comes back.
    await page.reload();
    expect(await memberId.inputValue()).toBe('51-0098-7734-02');
    expect(await kept(draftKey)).not.toBeNull();

    // The case changes elsewhere: the draft would bring the old details back, so it is dropped.
    const elsewhere = await page.request.patch(
      `${run.url}/api/cases/${encodeURIComponent(caseId)}`,
      { data: { plan: { groupNumber: '70112' } } },
    );
    expect(elsewhere.status()).toBe(200);
    await page.reload();
    expect(await page.getByLabel('Group number').inputValue()).toBe('70112');
    expect(await memberId.inputValue()).toBe(saved);
    await page.waitForFunction(
      (key) => window.localStorage.getItem(`overturn-draft:${key}`) === null,
      draftKey,
    );
    expect(
      run.consoleProblems.filter((p) => !/status of 500|ERR_INTERNET_DISCONNECTED/.test(p)),
    ).toEqual([]);
  });
});
