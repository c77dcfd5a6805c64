import path from 'node:path';
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
 * A newcomer's whole second opinion through the guided steps, in a real browser, from the start
 * screen: "should I get one?", the case, the referral, how to ask, a record into the records
 * packet (read as a PDF), suggested questions with an answer, a second doctor's opinion, the
 * comparison (and its PDF), and the decision, after which the case leaves the open cases. Every
 * screen is checked with axe and saved as a screenshot; a phone and Spanish get a look too.
 */

describe.runIf(haveChromium)('the guided second opinion, step by step', () => {
  let run: BrowserRun;
  let caseId = '';
  const shot = (name: string) =>
    run.page.screenshot({
      path: path.join(screenshots, `opinion-guide-${name}.png`),
      fullPage: true,
    });
  const expectQuietConsole = () => expect(run.consoleProblems).toEqual([]);
  const heading = (name: string | RegExp) =>
    run.page.getByRole('heading', { level: 1, name }).waitFor();
  const stepSays = (text: string) => run.page.locator('.guide-count').getByText(text).waitFor();
  const stepUrl = (step: string) => (url: URL) =>
    url.pathname === `/guide/opinion/${caseId}/${step}`;
  const goOn = () => run.page.getByRole('button', { name: 'Continue', exact: true }).click();

  beforeAll(async () => {
    run = await startBrowserRun();
  }, 120_000);
  afterAll(async () => {
    await run?.close();
  });

  it('goes in by the second door: the check, then the case, then the first guided step', async () => {
    const { page } = run;
    await page.goto(run.url);
    await heading('What would you like to do?');
    await page.getByRole('link', { name: /I want a second opinion/ }).click();
    await heading('Should I get a second opinion?');
    // Before the case exists, a strip says where this is on the path.
    const strip = page.locator('.guide-strip');
    expect(await strip.innerText()).toContain('Step 1 of 9: Should you get one?');
    await page.getByLabel('A major surgery is planned').check();
    await page.getByRole('button', { name: 'See what we suggest' }).click();
    await page.getByRole('heading', { level: 2, name: /^A second opinion: / }).waitFor();
    expect(await strip.innerText()).toContain('Step 2 of 9: Tell us about it');
    await expectAccessible(page, 'the check, as the path’s first steps');

    // The case form comes in four short parts; the name and the question are needed to go on.
    const part = (text: string) => page.getByRole('heading', { level: 3, name: text }).waitFor();
    const nextPart = () => page.getByRole('button', { name: 'Continue', exact: true }).click();
    await part('Part 1 of 4: Who and what');
    await nextPart();
    await page.getByText('Give the patient’s name and the question to go on.').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('opinion-patient-name');
    await page.getByLabel('Patient’s name').fill('Dana Okafor');
    await page.getByLabel(/^The question you want answered/).fill('Do I need shoulder surgery?');
    await page.getByLabel('Do I need this surgery, or is there another way?').check();
    await nextPart();
    await part('Part 2 of 4: What matters most to you');
    // The part's heading takes the focus, so a screen reader starts there.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H3');
    await page.getByLabel('Avoiding surgery if I safely can').check();
    await expectAccessible(page, 'a part of the new case');
    await nextPart();
    await part('Part 3 of 4: Your health plan');
    await page.getByLabel('Insurance company').fill('Lakeshore Health');
    // One way to say "not sure", not two.
    const kinds = await page.getByLabel('Kind of plan').locator('option').allInnerTexts();
    expect(kinds.filter((k) => /not sure/i.test(k))).toEqual(['Not sure']);
    await page.getByLabel('Kind of plan').selectOption('employer-group');
    await page.getByLabel('Kind of network').selectOption('ppo');
    await page.getByLabel('State you live in').selectOption('IL');
    await nextPart();
    await part('Part 4 of 4: The first doctor’s view');
    await page.getByLabel(/^Doctor’s name/).fill('Dr. Ravi Shah');
    await page.getByLabel(/^Hospital, clinic or practice/).fill('Northside Orthopedics');
    await page
      .getByLabel('What the doctor thinks you have (the diagnosis)')
      .fill('Rotator cuff tear');
    await page.getByLabel('What the doctor recommends').fill('Surgical repair');
    await page.getByRole('button', { name: 'Open the case' }).click();

    await page.waitForURL(/\/guide\/opinion\/[^/]+\/coverage$/);
    caseId = decodeURIComponent(new URL(page.url()).pathname.split('/')[3] ?? '');
    expect(caseId).not.toBe('');
    await heading('Have your plan cover it');
    await stepSays('Step 3 of 9');
    // The two steps taken before the case existed show as done, in words.
    const list = page.getByRole('navigation', { name: 'Your steps' });
    expect(await list.locator('li').nth(0).innerText()).toContain('Done');
    expect(await list.locator('li').nth(1).innerText()).toContain('Done');
    expect(await list.locator('li').nth(2).innerText()).toContain('You are here');
    // The heading has the focus, so a screen reader starts at the step.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    // A choice about care: the note says it is not medical advice, and promises nothing of a plan.
    const advice = await page.locator('.guide-advice').innerText();
    expect(advice).toContain('not medical or legal advice');
    expect(advice).not.toContain('plan');
    expectQuietConsole();
  });

  it('saves where the referral stands, then shows how to ask', async () => {
    const { page } = run;
    await page.getByRole('heading', { level: 2, name: 'Having it covered' }).waitFor();
    await page.getByLabel('Where the referral stands').selectOption('not-needed');
    await page.getByRole('button', { name: 'Save where it stands' }).click();
    await page.getByText('The referral status is saved.').first().waitFor();
    await expectAccessible(page, 'the coverage step');
    await shot('03-coverage');
    // Saved as it goes: "save and continue later" goes home, and the case's card leads back to
    // the first step not done yet.
    await page.getByRole('link', { name: 'Save and continue later' }).click();
    await heading('What would you like to do?');
    const card = page.locator('.case-card', { hasText: 'Dana Okafor' });
    await card.getByText('Second opinion', { exact: true }).waitFor();
    await card.getByRole('link', { name: 'Continue your steps' }).click();
    await page.waitForURL(stepUrl('asking'));
    await heading('What to say when you ask');
    expect(await page.locator('.script').count()).toBeGreaterThan(0);
    await expectAccessible(page, 'the asking step');
    await goOn();
    expectQuietConsole();
  });

  it('puts a record into the records packet, read back as a PDF', async () => {
    const { page } = run;
    await page.waitForURL(stepUrl('records'));
    await heading('Gather your records');
    const bytes = await packetWithRecord(
      page,
      'shoulder-mri.pdf',
      await reportPdf('MRI of the left shoulder: full-thickness rotator cuff tear.'),
    );
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = await pdfText(bytes);
    expect(text).toContain('Exhibit index');
    expect(text).toContain('full-thickness rotator cuff tear');
    await expectAccessible(page, 'the records step');
    await shot('05-records');
    await goOn();
    expectQuietConsole();
  });

  it('suggests the questions for the visit and keeps an answer', async () => {
    const { page } = run;
    await page.waitForURL(stepUrl('questions'));
    await heading('Your questions for the visit');
    await page.getByRole('button', { name: 'Suggest questions' }).click();
    await page.getByText('Suggested questions were added to the list.').first().waitFor();
    await page.getByLabel('Answer to question 1', { exact: true }).fill('Ask about a sling first.');
    await page.getByRole('button', { name: 'Save the list' }).click();
    await page.getByText('Your questions are saved.').first().waitFor();
    await expectAccessible(page, 'the questions step');
    // The questions are done now, so the step cannot be skipped.
    expect(await page.getByRole('button', { name: 'Skip, I’ll do it later' }).count()).toBe(0);
    await goOn();
    expectQuietConsole();
  });

  it('adds the second doctor’s opinion; comparing waits until there are two', async () => {
    const { page } = run;
    await page.waitForURL(stepUrl('opinions'));
    await heading('Write down each doctor’s opinion');
    await page.getByRole('heading', { level: 2, name: /^1 opinion so far/ }).waitFor();
    // Comparing with one opinion says what is missing.
    await page
      .getByRole('link', { name: /^Compare/ })
      .first()
      .click();
    await page.waitForURL(stepUrl('compare'));
    await page.getByText('You have one so far.').waitFor();
    await page.getByRole('link', { name: 'Add an opinion' }).click();
    await page.waitForURL(stepUrl('opinions'));

    const form = page.locator('form.opinion-form');
    await form.getByLabel(/^Doctor’s name/).fill('Dr. Lena Novak');
    await form.getByLabel(/^Hospital, clinic or practice/).fill('Lakeview Sports Medicine');
    await form.getByLabel('What the doctor thinks you have (the diagnosis)').fill('Partial tear');
    await form.getByLabel('What the doctor recommends').fill('Physical therapy for 12 weeks');
    await form.getByRole('button', { name: 'Add this opinion' }).click();
    await page.getByRole('heading', { level: 3, name: 'Opinion 2: Dr. Lena Novak' }).waitFor();
    await page.getByRole('heading', { level: 2, name: '2 opinions so far' }).waitFor();
    await expectAccessible(page, 'the opinions step');
    await shot('07-opinions');
    await goOn();
    expectQuietConsole();
  });

  it('compares the opinions on their page, which leads back to the steps', async () => {
    const { page } = run;
    await page.waitForURL(stepUrl('compare'));
    await heading('Compare the opinions');
    await expectAccessible(page, 'the compare step');
    const pdfHref = await page
      .getByRole('link', { name: 'Download the comparison (PDF)' })
      .getAttribute('href');
    const pdf = await page.request.get(`${run.url}${pdfHref ?? ''}`);
    expect(pdf.status()).toBe(200);
    const pdfBytes = await pdf.body();
    expect(pdfBytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(await pdfText(pdfBytes)).toContain('Dr. Lena Novak');

    await page.getByRole('link', { name: 'Compare the opinions', exact: true }).click();
    await page.waitForURL((url) => url.pathname === `/opinions/${caseId}/compare`);
    await page.locator('.compare-findings').waitFor();
    expect(await page.locator('.compare-column').count()).toBe(2);
    await page.getByRole('link', { name: '← Back to your steps' }).click();
    await page.waitForURL(stepUrl('compare'));
    await heading('Compare the opinions');
    await goOn();
    expectQuietConsole();
  });

  it('records the decision, and the case leaves the open cases', async () => {
    const { page } = run;
    await page.waitForURL(stepUrl('decide'));
    await heading('Make your decision');
    await page.getByText('Avoiding surgery if I safely can').waitFor();
    await expectAccessible(page, 'the decide step');
    await shot('09-decide');
    const versionNow = async () => {
      const response = await page.request.get(`${run.url}/api/opinions/${caseId}`);
      return ((await response.json()) as { secondOpinion: { version: number } }).secondOpinion
        .version;
    };
    const before = await versionNow();
    await page.getByRole('button', { name: 'I have made my decision' }).dblclick();
    await page.getByText('You marked this case as decided.').waitFor();
    // A double click changed the case once.
    expect(await versionNow()).toBe(before + 1);
    // Every step now reads as done.
    const states = await page
      .getByRole('navigation', { name: 'Your steps' })
      .locator('.guide-step-state')
      .allInnerTexts();
    expect(states).toHaveLength(9);
    for (const state of states) expect(state).toContain('Done');

    await page.getByRole('button', { name: 'Finish for now' }).click();
    await heading('What would you like to do?');
    await page.getByText('You have no open cases yet.').waitFor();
    // Coming back to the guide picks up at the last step.
    await page.goto(`${run.url}/guide/opinion/${caseId}`);
    await page.waitForURL(stepUrl('decide'));
    expectQuietConsole();
  });

  it('fits a phone, and speaks Spanish', async () => {
    await expectFitsPhone(
      run.browser,
      [
        [`${run.url}/guide/opinion/${caseId}/coverage`, 'Have your plan cover it'],
        [`${run.url}/guide/opinion/${caseId}/opinions`, 'Write down each doctor’s opinion'],
        [`${run.url}/guide/opinion/${caseId}/decide`, 'Make your decision'],
      ],
      async (phone) => {
        await phone.screenshot({
          path: path.join(screenshots, 'opinion-guide-phone.png'),
          fullPage: true,
        });
        await phone.getByRole('button', { name: 'Español' }).click();
        await phone.getByRole('heading', { level: 1, name: 'Tome su decisión' }).waitFor();
        await phone.locator('.guide-count').getByText('Paso 9 de 9').waitFor();
        await expectAccessible(phone, 'the decide step in Spanish');
      },
    );
  });
});
