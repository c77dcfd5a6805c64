import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2eServer, type E2eServer } from '../src/testing/e2e-server.js';
import {
  buildWebApp,
  expectAccessible,
  haveChromium,
  launchChromium,
  screenshots,
  sidewaysScroll,
  watchConsole,
} from './harness.js';

/**
 * Deadlines in real Chromium: a case's deadlines on its page (the next one first, why each date,
 * done once the appeal is sent), every open case's deadlines on one page, and the calendar file.
 *
 * The server counts from the real clock, so the notice is dated 57 days before today in Texas
 * (on 2026-11-27: a notice of 2026-10-01, an appeal due 2027-03-30). A job-based plan gives
 * 180 days from the notice (29 CFR 2560.503-1(h)(3)(i)), not moved off weekends; "send by" is
 * 10 days earlier.
 */

const timeZone = 'America/Chicago';
const today = new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date());
const noticeDate = addDays(today, -57);
const appealDue = addDays(noticeDate, 180);
const appealSendBy = addDays(appealDue, -10);
const daysToAppeal = 180 - 57;

const patientName = 'Dana Okafor';
const insurer = 'Lone Star <b>Health</b>';

describe.skipIf(!haveChromium)('deadlines in the web app, in Chromium', () => {
  let server: E2eServer;
  let browser: Browser;
  let page: Page;
  let webRoot = '';
  let caseUrl = '';
  const consoleProblems: string[] = [];

  beforeAll(async () => {
    // Its own build folder: the other browser test builds into dist/web at the same time.
    webRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'overturn-web-'));
    await buildWebApp(webRoot);
    fs.mkdirSync(screenshots, { recursive: true });
    server = await startE2eServer({ webRoot });
    browser = await launchChromium();
    page = await browser.newPage({
      viewport: { width: 1280, height: 900 },
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    page.setDefaultTimeout(10_000);
    watchConsole(page, consoleProblems);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (webRoot) fs.rmSync(webRoot, { recursive: true, force: true });
  });

  function expectQuietConsole() {
    expect(consoleProblems).toEqual([]);
  }

  it('says there is nothing to meet yet, and offers the calendar', async () => {
    await page.goto(server.url);
    await page.getByRole('navigation').getByRole('link', { name: 'All deadlines' }).click();
    await page.getByRole('heading', { level: 1, name: 'All deadlines' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/deadlines');
    expect(await page.title()).toBe('All deadlines · Overturn');
    await page.getByRole('heading', { name: 'No deadlines to meet right now' }).waitFor();
    const current = page.getByRole('navigation').locator('[aria-current="page"]');
    expect(await current.innerText()).toBe('All deadlines');
    const download = page.getByRole('link', { name: 'Download calendar (.ics)' });
    expect(await download.getAttribute('href')).toBe('/api/calendar.ics');
    expect(await download.getAttribute('download')).not.toBeNull();
    await expectAccessible(page, 'all deadlines, empty');
    expectQuietConsole();
  });

  it('asks the new questions of the denial notice in the case form', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'New case' }).click();
    await page.getByRole('heading', { level: 1, name: 'New case' }).waitFor();
    const denial = page.locator('fieldset', { hasText: 'The denial notice' });
    for (const label of [
      'Which letter is this?',
      'How soon is the care needed?',
      'When did the plan get your appeal?',
      'Time, if you know it',
    ]) {
      expect(await denial.getByLabel(label, { exact: true }).count(), label).toBe(1);
    }
    const stages = await page.getByLabel('Which letter is this?').locator('option').allInnerTexts();
    expect(stages).toContain('The plan’s first denial');
    expect(await page.getByLabel('When did the plan get your appeal?').getAttribute('type')).toBe(
      'date',
    );

    await page.getByLabel('Patient’s name').fill(patientName);
    await page.getByLabel('Insurance company').fill(insurer);
    await page.getByLabel('Kind of plan').selectOption('employer-group');
    await page.getByLabel('State', { exact: true }).selectOption('TX');
    await page.getByLabel('Kind of notice').selectOption('claim-denial');
    await page.getByLabel('Date on the notice').fill(noticeDate);
    await page.getByRole('button', { name: 'Open the case' }).click();
    // The form's own address (/cases/new) matches the pattern too: wait for the case's.
    await page.waitForURL(
      (url) => /^\/cases\/[^/]+$/.test(url.pathname) && !url.pathname.endsWith('/new'),
    );
    caseUrl = page.url();
    await page.getByRole('heading', { level: 1, name: patientName }).waitFor();
    expectQuietConsole();
  });

  it('shows the next deadline first: what to do, who, by when, and why', async () => {
    const panel = page.locator('.deadlines-panel');
    const next = panel.locator('.deadline-next');
    await next.waitFor();
    expect(await panel.getByRole('heading', { level: 2 }).innerText()).toBe('Deadlines');
    expect(await next.getByRole('heading', { level: 3 }).innerText()).toBe(
      'Send your appeal to the plan',
    );
    expect(await factsOf(next)).toEqual({
      'Who acts': 'You',
      Due: formatDate(appealDue),
      'Send by': formatDate(appealSendBy),
    });
    expect(await next.locator('.badge').innerText()).toBe(`${daysToAppeal} days left`);
    expect(await next.locator('.badge svg').count()).toBe(1);
    // The status panel agrees: the person's own next date.
    expect(await page.locator('.status-panel').innerText()).toContain(
      `Your next deadline: ${formatDate(appealDue)}`,
    );

    // The rule is one click away, for advocates; closed at first.
    const why = next.locator('details.why');
    expect(await why.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await why.getByText('Why this date?').click();
    const reasons = await factsOf(why);
    expect(reasons).toMatchObject({
      'Time allowed': '180 days',
      Rule: expect.stringContaining('29 CFR 2560.503-1(h)(3)(i)'),
      'How sure we are': expect.stringMatching(/^High/),
      'Counted from': expect.stringContaining(`the date on the notice (${noticeDate})`),
      Source: expect.stringContaining('appeal-rules.md'),
    });
    expect(reasons['Note']).toBeTruthy();

    // Steps whose clock has not started, then the disclaimer and the calendar.
    await panel.getByRole('heading', { level: 3, name: 'After that, if needed' }).waitFor();
    expect(await panel.locator('.later-list > li').count()).toBeGreaterThan(0);
    expect(await panel.locator('.disclaimer').innerText()).toContain('not legal advice');
    const calendar = panel.getByRole('link', { name: 'Add to my calendar' });
    const id = new URL(caseUrl).pathname.split('/').pop()!;
    expect(await calendar.getAttribute('href')).toBe(`/api/calendar.ics?case=${id}`);
    expect(await calendar.getAttribute('download')).not.toBeNull();
    const ics = await fetchText(page, (await calendar.getAttribute('href'))!);
    expect(ics.startsWith('BEGIN:VCALENDAR')).toBe(true);
    expect(ics).toContain('Send your appeal to the plan');

    await expectAccessible(page, 'case page with deadlines');
    await panel.screenshot({ path: path.join(screenshots, 'case-deadlines.png') });
    expectQuietConsole();
  });

  it('lists the deadline on "All deadlines", linked to its case, with the calendar address', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'All deadlines' }).click();
    await page.getByRole('heading', { level: 1, name: 'All deadlines' }).waitFor();
    const later = page.locator('section', {
      has: page.getByRole('heading', { level: 2, name: /^Later/ }),
    });
    const rows = later.locator('tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(1);
    const cells = await rows.first().locator('th, td').allInnerTexts();
    expect(cells[0]).toBe('Send your appeal to the plan\nYou must act');
    expect(cells[1]).toBe(`${formatDate(appealDue)}\nSend by ${formatDate(appealSendBy)}`);
    expect(cells[2]).toBe(`${daysToAppeal} days left`);
    expect(cells[3]).toBe(`${patientName}\n${insurer}`);
    expect(await page.getByRole('heading', { level: 2, name: /^Missed/ }).count()).toBe(0);

    // Subscribing: the address to paste, copied with one click.
    const address = page.getByLabel('Calendar address');
    expect(await address.isVisible()).toBe(false);
    const subscribe = page.getByRole('button', { name: 'Subscribe' });
    await subscribe.click();
    expect(await subscribe.getAttribute('aria-expanded')).toBe('true');
    expect(await address.inputValue()).toBe(`${server.url}/api/calendar.ics`);
    await page.getByRole('button', { name: 'Copy' }).click();
    await page.getByText('Copied. Now paste it into your calendar program.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${server.url}/api/calendar.ics`,
    );
    const ics = await fetchText(page, '/api/calendar.ics');
    expect(ics.startsWith('BEGIN:VCALENDAR')).toBe(true);
    expect(ics).toContain(patientName);

    await expectAccessible(page, 'all deadlines');
    await page.screenshot({ path: path.join(screenshots, 'deadlines.png'), fullPage: true });

    await rows.first().getByRole('link', { name: patientName }).click();
    await page.getByRole('heading', { level: 1, name: patientName }).waitFor();
    expect(page.url()).toBe(caseUrl);
    expectQuietConsole();
  });

  it('marks the deadline done once the appeal is sent, and shows the plan’s date next', async () => {
    for (const step of [
      'Internal appeal: being prepared',
      'Internal appeal: sent, waiting for a decision',
    ]) {
      await page.getByLabel('Next step', { exact: true }).selectOption({ label: step });
      await page.getByRole('button', { name: 'Move to this step' }).click();
      await page.locator('.status', { hasText: step }).waitFor();
    }
    const panel = page.locator('.deadlines-panel');
    // Sending the appeal starts the plan's clock: 60 days from the day it got it (today, until
    // the person says otherwise). 29 CFR 2560.503-1(i)(2)(iii).
    const next = panel.locator('.deadline-next');
    await next.getByRole('heading', { name: 'The plan must decide your appeal' }).waitFor();
    expect(await factsOf(next)).toEqual({
      'Who acts': 'The plan',
      Due: formatDate(addDays(today, 60)),
    });

    const sent = panel.locator('.deadline-list > li', { hasText: 'Send your appeal to the plan' });
    expect(await sent.locator('.badge').innerText()).toBe('Done');
    expect(await sent.locator('.badge').getAttribute('class')).toContain('badge-done');
    expect(await page.locator('.status-panel').innerText()).toContain(
      'Your next deadline: none known yet',
    );
    await expectAccessible(page, 'case page, appeal sent');

    // "All deadlines" now lists what is left to meet: the plan's decision, not the sent appeal.
    await page.getByRole('navigation').getByRole('link', { name: 'All deadlines' }).click();
    const row = page.locator('tbody tr').first();
    await row.waitFor();
    expect(await page.locator('tbody tr').count()).toBe(1);
    expect(await row.locator('th').innerText()).toBe(
      'The plan must decide your appeal\nThe plan must act',
    );
    expect(await row.getByRole('link', { name: patientName }).getAttribute('href')).toBe(
      new URL(caseUrl).pathname,
    );
    expectQuietConsole();
  });

  it('counts the plan’s days from when it got the appeal, as the person corrects it', async () => {
    await page.goto(`${caseUrl}/edit`);
    await page.getByRole('heading', { level: 1, name: 'Change details' }).waitFor();
    const received = page.getByLabel('When did the plan get your appeal?');
    // Marking the appeal sent filled in the day.
    expect(await received.inputValue()).toBe(today);

    // Before the notice it answers: the server says so, at the field.
    await received.fill(addDays(noticeDate, -1));
    await page.getByRole('button', { name: 'Save the changes' }).click();
    const error = page.locator('#denial-appealFiledAt-error');
    await error.waitFor();
    expect(await error.innerText()).toContain('cannot come before the notice');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('denial-appealFiledAt');
    await expectAccessible(page, 'change details, appeal date error');

    const gotIt = addDays(today, -2);
    await received.fill(gotIt);
    await page.getByLabel('Time, if you know it').fill('09:30');
    await page.getByRole('button', { name: 'Save the changes' }).click();
    await page.waitForURL(caseUrl);
    const next = page.locator('.deadline-next');
    await next.getByText(formatDate(addDays(gotIt, 60)), { exact: true }).waitFor();
    const details = await page.evaluate(() =>
      Object.fromEntries(
        [...document.querySelectorAll('.details > div')].map((row) => [
          row.querySelector('dt')?.textContent ?? '',
          row.querySelector('dd')?.textContent ?? '',
        ]),
      ),
    );
    expect(details['When did the plan get your appeal?']).toBe(`${formatDate(gotIt)}, 9:30 AM`);
    expectQuietConsole();
  });

  it('asks for the date on the notice when a case has none', async () => {
    const created = await page.request.post(`${server.url}/api/cases`, {
      data: {
        patient: { name: 'Lee Park' },
        plan: { insurer: 'Acme Health', program: 'individual-market', state: 'GA' },
      },
    });
    expect(created.status()).toBe(201);
    const { id } = (await created.json()) as { id: string };
    await page.goto(`${server.url}/cases/${id}`);
    const panel = page.locator('.deadlines-panel');
    await panel.getByText('Add the date on the notice to see your deadlines.').waitFor();
    expect(
      await panel.getByRole('link', { name: 'Add the date on the notice' }).getAttribute('href'),
    ).toBe(`/cases/${id}/edit`);
    expect(await panel.getByRole('link', { name: 'Add to my calendar' }).count()).toBe(0);
    await expectAccessible(page, 'case page without a notice date');
    expectQuietConsole();
  });

  it('fits a 375-pixel-wide phone screen without sideways scrolling', async () => {
    const phone = await browser.newPage({ viewport: { width: 375, height: 740 } });
    const problems: string[] = [];
    watchConsole(phone, problems);
    try {
      for (const [pathname, heading] of [
        ['/deadlines', 'All deadlines'],
        [new URL(caseUrl).pathname, patientName],
      ] as const) {
        await phone.goto(`${server.url}${pathname}`);
        await phone.getByRole('heading', { level: 1, name: heading }).waitFor();
        await phone.locator('.badge').first().waitFor();
        await phone.evaluate(() =>
          document.querySelectorAll('details').forEach((d) => (d.open = true)),
        );
        const overflow = await sidewaysScroll(phone);
        expect(overflow, `${pathname} scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
      }
      await phone.goto(`${server.url}/deadlines`);
      await phone.locator('tbody tr').first().waitFor();
      await phone.getByRole('button', { name: 'Subscribe' }).click();
      expect(await sidewaysScroll(phone)).toBeLessThanOrEqual(0);
      await expectAccessible(phone, 'all deadlines on a phone');
      await phone.screenshot({ path: path.join(screenshots, 'deadlines-375.png'), fullPage: true });
      expect(problems).toEqual([]);
    } finally {
      await phone.close();
    }
  });
});

function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** A day as people read it in the app: "March 30, 2027". */
function formatDate(isoDate: string): string {
  return new Date(`${isoDate}T00:00:00Z`).toLocaleDateString('en-US', {
    timeZone: 'UTC',
    dateStyle: 'long',
  });
}

/** The `dt`/`dd` pairs directly inside a locator's first description list. */
function factsOf(scope: ReturnType<Page['locator']>): Promise<Record<string, string>> {
  return scope
    .locator('dl')
    .first()
    .evaluate((dl) =>
      Object.fromEntries(
        [...dl.children].map((row) => [
          row.querySelector('dt')?.textContent ?? '',
          row.querySelector('dd')?.textContent ?? '',
        ]),
      ),
    );
}

/** Fetches a path from inside the page, as the page's own links would. */
function fetchText(page: Page, href: string): Promise<string> {
  return page.evaluate(async (url) => {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    return response.text();
  }, href);
}
