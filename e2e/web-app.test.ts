import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2eServer, type E2eServer } from '../src/testing/e2e-server.js';
import {
  buildWebApp,
  expectAccessible,
  haveChromium,
  launchChromium,
  repo,
  screenshots,
  sidewaysScroll,
  watchConsole,
} from './harness.js';

/**
 * The web app in real Chromium, against the real server over a fresh SQLite database: a patient
 * opens a case, moves it along and writes a note, on pages that pass axe and keep the console quiet.
 */

const patientName = 'José Nguyễn-Muñoz';
const insurer = 'Acme Health <script>window.pwned = 1</script>';

describe.skipIf(!haveChromium)('the web app, in Chromium', () => {
  let server: E2eServer;
  let browser: Browser;
  let page: Page;
  let caseUrl = '';
  let firstStep = '';
  const consoleProblems: string[] = [];

  beforeAll(async () => {
    await buildWebApp();
    fs.mkdirSync(screenshots, { recursive: true });
    server = await startE2eServer();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(10_000);
    watchConsole(page, consoleProblems);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** CSP violations, script errors and React warnings all land here; a clean run has none. */
  function expectQuietConsole() {
    expect(consoleProblems).toEqual([]);
  }

  it('greets a new person with an empty list that says what to do first', async () => {
    await page.goto(`${server.url}/cases`);
    await page.getByRole('heading', { level: 1, name: 'Your cases' }).waitFor();
    await page.getByRole('heading', { name: 'No cases yet' }).waitFor();
    expect(await page.title()).toBe('Your cases · Overturn');
    for (const landmark of ['header', 'nav', 'main', 'footer']) {
      expect(await page.locator(landmark).count(), landmark).toBe(1);
    }
    expect(await page.locator('footer').innerText()).toContain(
      'Overturn helps you appeal and get a second opinion. It is not legal advice.',
    );
    expect(await page.getByRole('link', { name: 'Skip to main content' }).count()).toBe(1);
    await expectAccessible(page, 'empty list');
    await page.screenshot({ path: path.join(screenshots, 'cases-empty.png'), fullPage: true });
    expectQuietConsole();
  });

  it('opens a case through the form, showing a field error first and keeping what was typed', async () => {
    await page.getByRole('link', { name: 'Open your first case' }).click();
    await page.getByRole('heading', { level: 1, name: 'New case' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/cases/new');
    const unlabelled = await page.evaluate(() =>
      [...document.querySelectorAll('input, select, textarea')]
        .filter((el) => (el as HTMLInputElement).labels?.length !== 1)
        .map((el) => el.id),
    );
    expect(unlabelled).toEqual([]);
    expect(await page.locator('fieldset > legend').allInnerTexts()).toEqual([
      'Patient',
      'Plan',
      'What was denied',
      'The denial notice',
    ]);
    await expectAccessible(page, 'new case form');
    await page.screenshot({ path: path.join(screenshots, 'new-case.png'), fullPage: true });

    // Nothing typed: the form says what is needed, at the first missing field.
    await page.getByRole('button', { name: 'Open the case' }).click();
    await expectFieldError(page, 'patient-name', 'Enter the patient’s name.');

    await page.getByLabel('Patient’s name').fill(patientName);
    await page.getByLabel('Date of birth').fill('1968-04-09');
    await page.getByLabel('Insurance company').fill(insurer);
    await page.getByLabel('Kind of plan').selectOption('employer-group');
    await page.getByLabel('State', { exact: true }).selectOption('TX');
    await page.getByLabel('Member ID').fill('XGH 448812');
    await page.getByLabel('The care that was denied').fill('Physical therapy, 12 visits');
    await page.getByLabel('Procedure codes').fill('97110, 97140');
    await page.getByLabel('Diagnosis codes').fill('m5416');
    await page.getByLabel('Amount billed').fill('$1,240.00');
    await page.getByLabel('Kind of notice').selectOption('claim-denial');
    await page.getByLabel('Date on the notice').fill('2026-11-02');
    // Received before it was printed: the server refuses, naming this field.
    await page.getByLabel('Date you got the notice').fill('2026-10-30');
    await page.getByLabel('Reason for the denial').selectOption('medical-necessity');
    await page.getByLabel('Days the letter gives you to appeal').fill('180');
    await page.getByRole('button', { name: 'Open the case' }).click();

    await expectFieldError(page, 'denial-receivedDate', 'is before the date printed on it');
    expect(await page.getByLabel('Patient’s name').inputValue()).toBe(patientName);
    expect(await page.getByLabel('Insurance company').inputValue()).toBe(insurer);
    await expectAccessible(page, 'new case form with an error');
    await page
      .locator('.has-error')
      .screenshot({ path: path.join(screenshots, 'new-case-error.png') });

    await page.getByLabel('Date you got the notice').fill('2026-11-05');
    // Two submits in the same moment, before React can disable the button, open one case, not
    // two (checked on the list below).
    await page.evaluate(() => {
      const form = document.querySelector<HTMLFormElement>('form.case-form')!;
      form.requestSubmit();
      form.requestSubmit();
    });
    await page.waitForURL(
      (url) => /^\/cases\/[^/]+$/.test(url.pathname) && !url.pathname.endsWith('/new'),
    );
    caseUrl = page.url();
    await page.getByRole('heading', { level: 1, name: patientName }).waitFor();
    expectQuietConsole();
  });

  it('shows the case as typed, with its text escaped, not run', async () => {
    expect(await page.title()).toBe(`Case of ${patientName} · Overturn`);
    expect(await page.getByText(insurer, { exact: true }).count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => 'pwned' in window)).toBe(false);
    expect(await page.locator('main script').count()).toBe(0);
    expect(await page.locator('.status').innerText()).toBe('Denied, not yet appealed');
    expect(await page.locator('.status-panel').innerText()).toContain('May 1, 2027');

    const details = await detailsOf(page);
    expect(details).toMatchObject({
      'Patient’s name': patientName,
      'Date of birth': 'April 9, 1968',
      'Insurance company': insurer,
      State: 'Texas',
      'Procedure codes': '97110, 97140',
      'Diagnosis codes': 'M54.16',
      'Amount billed': '$1,240.00',
      'Date on the notice': 'November 2, 2026',
      'Date you got the notice': 'November 5, 2026',
      'Reason for the denial': 'The plan says the care was not medically necessary',
      'Days the letter gives you to appeal': '180 days',
      'Claim number': 'Not known',
    });
    expect(await timelineOf(page)).toEqual([expect.stringMatching(/^Case opened\nYou · /)]);
    await expectAccessible(page, 'case page');
    expectQuietConsole();
  });

  it('moves the case to its first next step and adds a note, both on the timeline', async () => {
    const nextStep = page.getByLabel('Next step', { exact: true });
    firstStep = (await nextStep.locator('option').first().innerText()).trim();
    expect(await nextStep.inputValue()).not.toBe('');
    await page.getByLabel('Note (optional)').fill('Started the appeal letter.');
    await page.getByRole('button', { name: 'Move to this step' }).click();
    await page.locator('.status', { hasText: firstStep }).waitFor();

    const note = 'Called the plan: reference 889-221.\nThey will send the claim file.';
    await page.getByLabel('Note', { exact: true }).fill(note);
    // Two submits in the same moment, before React can disable the button, add the note once
    // (counted again after the reload below).
    await page.evaluate(() => {
      const form = document.querySelector<HTMLFormElement>('form[aria-labelledby="note-title"]')!;
      form.requestSubmit();
      form.requestSubmit();
    });
    await page.locator('.timeline > li').nth(2).waitFor();

    const timeline = await timelineOf(page);
    expect(timeline).toHaveLength(3);
    expect(timeline[0]).toMatch(/^Case opened\n/);
    expect(timeline[1]).toContain(`Moved from “Denied, not yet appealed” to “${firstStep}”`);
    expect(timeline[1]).toContain('Started the appeal letter.');
    expect(timeline[2]).toContain(`Note\n${note}`);
    for (const event of timeline) expect(event).toMatch(/You · \w{3} \d{1,2}, \d{4}/);
    expect(await page.getByLabel('Note', { exact: true }).inputValue()).toBe('');

    await expectAccessible(page, 'case page with a timeline');
    await page.screenshot({ path: path.join(screenshots, 'case.png'), fullPage: true });

    // A link to a case survives a reload: the server answers it with the app.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: patientName }).waitFor();
    expect(await timelineOf(page)).toHaveLength(3);
    expectQuietConsole();
  });

  it('takes back a mis-clicked step with Undo, and keeps both on the timeline', async () => {
    await page.getByLabel('Next step', { exact: true }).selectOption({ label: 'Withdrawn' });
    await page.getByRole('button', { name: 'Move to this step' }).click();
    await page.locator('.status', { hasText: 'Withdrawn' }).waitFor();
    await page.getByText('This case is finished: there is no next step.').waitFor();

    const undo = page.getByRole('button', { name: `Undo last step (back to “${firstStep}”)` });
    await expectAccessible(page, 'case page after a step, with Undo');
    await undo.click();
    await page.locator('.status', { hasText: firstStep }).waitFor();
    await page.locator('.timeline > li').nth(4).waitFor();
    const timeline = await timelineOf(page);
    expect(timeline[3]).toContain(`Moved from “${firstStep}” to “Withdrawn”`);
    expect(timeline[4]).toContain(`Moved from “Withdrawn” to “${firstStep}”`);
    expect(timeline[4]).toContain('Undone: back one step');
    expectQuietConsole();
  });

  it('changes the details of the case, field by field, and keeps edits made elsewhere', async () => {
    await page.getByRole('link', { name: 'Change details' }).click();
    await page.getByRole('heading', { level: 1, name: 'Change details' }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`${new URL(caseUrl).pathname}/edit`);
    expect(await page.title()).toBe('Change details · Overturn');
    // The form is the new-case form, filled with the case as it is.
    expect(await page.locator('fieldset > legend').allInnerTexts()).toEqual([
      'Patient',
      'Plan',
      'What was denied',
      'The denial notice',
    ]);
    // Required fields' labels end in "(required)"; "State" is matched whole, as above.
    const shown = async (label: string) =>
      page.getByLabel(label, { exact: label === 'State' }).inputValue();
    expect(await shown('Patient’s name')).toBe(patientName);
    expect(await shown('Insurance company')).toBe(insurer);
    expect(await shown('Date of birth')).toBe('1968-04-09');
    expect(await shown('State')).toBe('TX');
    expect(await shown('Member ID')).toBe('XGH 448812');
    expect(await shown('Procedure codes')).toBe('97110, 97140');
    expect(await shown('Amount billed')).toBe('1240.00');
    expect(await shown('Days the letter gives you to appeal')).toBe('180');
    expect(await shown('Claim number')).toBe('');
    await expectAccessible(page, 'change details form');
    await page.screenshot({ path: path.join(screenshots, 'edit-case.png'), fullPage: true });

    // A code that is no code: the server's message at the field, and what was typed stays.
    await page.getByLabel('Member ID').fill('XGH 448812-01');
    await page.getByLabel('The care that was denied').fill('');
    await page.getByLabel('Procedure codes').fill('97110, 12');
    await page.getByRole('button', { name: 'Save the changes' }).click();
    await expectFieldError(page, 'claim-procedureCodes', 'Procedure codes must be a 5-character');
    expect(await shown('Member ID')).toBe('XGH 448812-01');
    expect(await shown('Procedure codes')).toBe('97110, 12');
    await expectAccessible(page, 'change details form with an error');

    // Meanwhile the case changes elsewhere: saving now would overwrite that, so the page says so.
    const elsewhere = await page.request.patch(`${server.url}/api${new URL(caseUrl).pathname}`, {
      data: { plan: { groupNumber: '70112' } },
    });
    expect(elsewhere.status()).toBe(200);
    await page.getByLabel('Procedure codes').fill('97110,97140');
    await page.getByRole('button', { name: 'Save the changes' }).click();
    const problem = page.getByRole('alert').filter({ hasText: 'someone changed this case' });
    await problem.waitFor();
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('problem');
    await expectAccessible(page, 'change details form after a conflict');
    await problem.getByRole('button', { name: 'Load the latest details' }).click();
    await page.getByText('These are the latest details of the case.').waitFor();
    expect(await shown('Group number')).toBe('70112');
    expect(await shown('Member ID')).toBe('XGH 448812-01');
    expect(await shown('The care that was denied')).toBe('');

    await page.getByRole('button', { name: 'Save the changes' }).click();
    await page.waitForURL(caseUrl);
    await page.getByRole('heading', { level: 1, name: patientName }).waitFor();
    await page.locator('.timeline > li').nth(6).waitFor();
    expect(await detailsOf(page)).toMatchObject({
      'Member ID': 'XGH 448812-01',
      'Group number': '70112',
      'The care that was denied': 'Not known',
      'Procedure codes': '97110, 97140',
    });
    const timeline = await timelineOf(page);
    expect(timeline).toHaveLength(7);
    expect(timeline[5]).toMatch(/^Details changed\nGroup number\nYou · /);
    expect(timeline[6]).toMatch(/^Details changed\nMember ID\nThe care that was denied\nYou · /);

    // Nothing changed: saving just goes back to the case, adding nothing to the timeline.
    await page.getByRole('link', { name: 'Change details' }).click();
    await page.getByRole('heading', { level: 1, name: 'Change details' }).waitFor();
    await page.getByRole('button', { name: 'Save the changes' }).click();
    await page.waitForURL(caseUrl);
    await page.getByRole('heading', { level: 1, name: patientName }).waitFor();
    expect(await timelineOf(page)).toHaveLength(7);
    expectQuietConsole();
  });

  it('lists the case, once, and opens it from the list', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Cases' }).click();
    await page.locator('.case-table tbody tr').first().waitFor();
    const rows = await page.locator('.case-table tbody tr').all();
    expect(rows).toHaveLength(1);
    const cells = await rows[0]!.locator('th, td').allInnerTexts();
    expect(cells[0]).toBe(patientName);
    expect(cells[1]).toBe(insurer);
    expect(cells[2]).toBe(firstStep);
    // Being prepared is not yet sent: the date to appeal by still stands.
    expect(cells[3]).toBe('May 1, 2027');
    expect(await page.getByRole('button', { name: 'Load more' }).count()).toBe(0);
    await expectAccessible(page, 'list');
    await page.screenshot({ path: path.join(screenshots, 'cases.png'), fullPage: true });

    await page.getByRole('link', { name: patientName }).click();
    await page.getByRole('heading', { level: 1, name: patientName }).waitFor();
    expect(page.url()).toBe(caseUrl);
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Your cases' }).waitFor();
    expectQuietConsole();
  });

  it('says kindly when a case or a page does not exist', async () => {
    await page.goto(`${server.url}/cases/no-such-case`);
    await page.getByRole('heading', { level: 1, name: 'Case not found' }).waitFor();
    await page.getByRole('link', { name: 'Go back to your cases' }).waitFor();
    await expectAccessible(page, 'case not found');
    await page.goto(`${server.url}/no/such/page`);
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    expectQuietConsole();
  });

  it('fits a 375-pixel-wide phone screen without sideways scrolling', async () => {
    const phone = await browser.newPage({ viewport: { width: 375, height: 740 } });
    const problems: string[] = [];
    watchConsole(phone, problems);
    try {
      for (const [pathname, heading] of [
        ['/', 'What would you like to do?'],
        ['/cases', 'Your cases'],
        ['/cases/new', 'New case'],
        [new URL(caseUrl).pathname, patientName],
        [`${new URL(caseUrl).pathname}/edit`, 'Change details'],
      ] as const) {
        await phone.goto(`${server.url}${pathname}`);
        await phone.getByRole('heading', { level: 1, name: heading }).waitFor();
        const overflow = await sidewaysScroll(phone);
        expect(overflow, `${pathname} scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
        if (pathname === '/') {
          await expectAccessible(phone, 'list on a phone');
          await phone.screenshot({ path: path.join(screenshots, 'cases-375.png'), fullPage: true });
        }
      }
      expect(problems).toEqual([]);
    } finally {
      await phone.close();
    }
  });

  it('shows a realistic case for the README screenshot', async () => {
    const created = await page.request.post(`${server.url}/api/cases`, {
      data: {
        patient: { name: 'Maria Alvarez', dateOfBirth: '1979-02-17' },
        plan: {
          insurer: 'Lone Star Health Plan',
          program: 'employer-group',
          planName: 'Gold PPO 1500',
          funding: 'fully-insured',
          networkType: 'ppo',
          state: 'TX',
          memberId: 'LSH 20419 7781',
        },
        claim: {
          serviceDate: '2026-10-14',
          provider: 'Austin Spine & Rehab',
          serviceDescription: 'MRI of the lower back',
          procedureCodes: ['72148'],
          diagnosisCodes: ['M54.16'],
          amountBilled: 1240,
          patientResponsibility: 1240,
        },
        denial: {
          noticeType: 'prior-authorization-denial',
          noticeDate: '2026-11-02',
          receivedDate: '2026-11-05',
          category: 'medical-necessity',
          statedReason: 'Imaging is not medically necessary before 6 weeks of conservative care.',
          statedDeadlineDays: 180,
        },
      },
    });
    expect(created.status()).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const noted = await page.request.post(`${server.url}/api/cases/${id}/notes`, {
      data: { body: 'Asked Dr. Chen’s office for a letter of medical necessity.' },
    });
    expect(noted.status()).toBe(201);
    const patched = await page.request.patch(`${server.url}/api/cases/${id}`, {
      data: { claim: { claimNumber: 'C-2026-118842' }, plan: { groupNumber: '70112' } },
    });
    expect(patched.status()).toBe(200);

    await page.goto(`${server.url}/cases/${id}`);
    await page.getByRole('heading', { level: 1, name: 'Maria Alvarez' }).waitFor();
    await page.locator('.timeline > li').nth(2).waitFor();
    // A change lists the fields it changed, by their plain names.
    expect((await timelineOf(page))[2]).toMatch(
      /^Details changed\nGroup number\nClaim number\nYou · /,
    );
    const shot = path.join(screenshots, 'case-example.png');
    await page.screenshot({ path: shot });
    // The README's picture changes only when asked, so that test runs leave the tree clean.
    const readmeShot = path.join(repo, 'docs', 'screenshot.png');
    if (!fs.existsSync(readmeShot) || process.env.UPDATE_SCREENSHOTS) {
      fs.mkdirSync(path.dirname(readmeShot), { recursive: true });
      fs.copyFileSync(shot, readmeShot);
    }
    expectQuietConsole();
  });
});

/** The error shown at a field: in text, tied to the control, and where the focus now is. */
async function expectFieldError(page: Page, id: string, message: string): Promise<void> {
  const error = page.locator(`#${id}-error`);
  await error.waitFor();
  expect(await error.innerText()).toContain(message);
  const control = page.locator(`#${id}`);
  expect(await control.getAttribute('aria-invalid')).toBe('true');
  expect((await control.getAttribute('aria-describedby'))?.split(' ')).toContain(`${id}-error`);
  expect(await page.evaluate(() => document.activeElement?.id)).toBe(id);
}

/** The case page's details as { label: shown value }. */
function detailsOf(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll('.details > div')].map((row) => [
        row.querySelector('dt')?.textContent ?? '',
        row.querySelector('dd')?.textContent ?? '',
      ]),
    ),
  );
}

/** The timeline's events as text, one line per paragraph. */
async function timelineOf(page: Page): Promise<string[]> {
  const events = await page.locator('.timeline > li').allInnerTexts();
  return events.map((text) => text.replace(/\n+/g, '\n').trim());
}
