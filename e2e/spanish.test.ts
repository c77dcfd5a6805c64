import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { medicaidDenialLetter } from '../src/testing/denial-letters.js';
import {
  expectAccessible,
  haveChromium,
  screenshots,
  sidewaysScroll,
  startBrowserRun,
  type BrowserRun,
} from './harness.js';

/**
 * The app in Spanish: switched from the header, remembered, and spoken by every page a patient
 * walks through — the start screen, reading a letter and its explanation, the guided steps, the
 * words of the law, the second opinions — with the page's language set for screen readers, no
 * accessibility violations, and a phone that does not scroll sideways.
 */
describe.runIf(haveChromium)('the app in Spanish', () => {
  let run: BrowserRun;
  let caseId = '';
  const heading = (name: string | RegExp) =>
    run.page.getByRole('heading', { level: 1, name }).waitFor();
  const shot = (name: string) =>
    run.page.screenshot({ path: path.join(screenshots, `es-${name}.png`), fullPage: true });
  const expectQuietConsole = () => expect(run.consoleProblems).toEqual([]);

  beforeAll(async () => {
    run = await startBrowserRun();
  }, 120_000);
  afterAll(async () => {
    await run?.close();
  });

  it('switches to Spanish from the header, and remembers it', async () => {
    const { page } = run;
    await page.goto(run.url);
    await heading('What would you like to do?');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    const toSpanish = page.getByRole('button', { name: 'Español' });
    expect(await toSpanish.getAttribute('lang')).toBe('es');
    await toSpanish.click();
    await heading('¿Qué desea hacer?');
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    expect(await page.title()).toBe('Overturn');
    await page
      .getByRole('navigation', { name: 'Principal' })
      .getByRole('link', { name: 'Casos' })
      .waitFor();
    await expectAccessible(page, 'the start screen in Spanish');
    await page.reload();
    await heading('¿Qué desea hacer?');
    expect(await page.locator('footer').innerText()).toContain('No es asesoramiento legal.');
    await shot('start');
    expectQuietConsole();
  });

  it('reads a denial letter and explains it in Spanish', async () => {
    const { page } = run;
    await page.getByRole('link', { name: /Me negaron un reclamo o un tratamiento/ }).click();
    await heading('Agregar una carta de denegación');
    await page.locator('#intake-file').setInputFiles({
      name: 'carta.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(medicaidDenialLetter, 'utf8'),
    });
    await page.getByRole('button', { name: 'Leer la carta' }).click();
    await heading('Revise su carta');
    await page.getByRole('heading', { level: 2, name: 'Qué significa esta denegación' }).waitFor();
    // The explanation itself comes from the server, asked for in Spanish.
    const main = await page.locator('main').innerText();
    expect(main).toMatch(/apelación/i);
    expect(main).not.toContain('What this denial means');
    await expectAccessible(page, 'checking the letter, in Spanish');
    await shot('check');
    await page.getByRole('button', { name: 'Abrir el caso' }).click();
    await page.waitForURL(/\/guide\/appeal\/[^/]+\/questions$/);
    caseId = decodeURIComponent(new URL(page.url()).pathname.split('/')[3] ?? '');
    expectQuietConsole();
  });

  it('walks the guided steps in Spanish, with words of the law explained', async () => {
    const { page } = run;
    await heading('Unas preguntas sobre su atención y su plan');
    await page.locator('.guide-count').getByText('Paso 3 de 9').waitFor();
    await page
      .getByRole('group', { name: '¿Es urgente para su salud?' })
      .getByLabel('No', { exact: true })
      .check();
    await page.getByRole('button', { name: 'Guardar mi respuesta' }).click();
    await page.getByRole('group', { name: '¿Ya recibió la atención?' }).waitFor();
    await expectAccessible(page, 'a question, in Spanish');
    await shot('guide');
    await page.getByRole('link', { name: 'Sus fechas límite' }).click();
    await heading('Sus fechas límite');
    const why = page.locator('.guide-why');
    const term = why.getByRole('button', { name: /fecha de envío/ });
    await term.click();
    await page
      .getByRole('status')
      .getByText(/Un día antes de la fecha límite legal/)
      .waitFor();
    await expectAccessible(page, 'the deadlines step, in Spanish, with a word explained');
    expect(await page.locator('.guide-body').innerText()).toContain('Continuar');
    expectQuietConsole();
  });

  it('shows the words to know, and the second opinions, in Spanish', async () => {
    const { page } = run;
    await page.getByRole('link', { name: 'Palabras que conviene conocer' }).click();
    await heading('Palabras que conviene conocer');
    expect(await page.locator('.glossary-list').innerText()).toContain('Revisión externa');
    await expectAccessible(page, 'the words to know, in Spanish');
    await page
      .getByRole('navigation', { name: 'Principal' })
      .getByRole('link', { name: 'Segundas opiniones' })
      .click();
    await heading('Segundas opiniones');
    await expectAccessible(page, 'the second opinions, in Spanish');
    expectQuietConsole();
  });

  it('shows who can help in the case’s state, worded in Spanish by the server', async () => {
    const { page } = run;
    await page.goto(`${run.url}/cases/${encodeURIComponent(caseId)}/edit`);
    await heading('Cambiar los datos');
    // The letter does not say the state; the panel needs it.
    await page.locator('#plan-state').selectOption('TX');
    await page.getByRole('button', { name: 'Guardar los cambios' }).click();
    const panel = page.locator('section.state-help-panel');
    await panel.getByRole('heading', { level: 2, name: 'Quién puede ayudar en Texas' }).waitFor();
    // A Medicaid plan: why each office helps, and who reviews, come from the server in Spanish.
    const picks = panel.locator('.state-help-picks');
    await picks.getByText('Maneja Medicaid en su estado.', { exact: false }).waitFor();
    const text = await panel.innerText();
    expect(text).toContain('Una audiencia imparcial del estado.');
    expect(text).not.toMatch(/Runs Medicaid|fair hearing|These contacts come from/);
    // A correction is marked in Spanish, its field named in Spanish, and can be taken back.
    await panel.getByText('Corregir un número o un enlace', { exact: true }).click();
    await panel
      .getByLabel('Qué corregir', { exact: true })
      .selectOption('insuranceDepartment.phone');
    await panel.locator('#state-help-value').fill('512-555-0100');
    await panel.getByRole('button', { name: 'Guardar mi corrección' }).click();
    await panel.getByText('Todos los contactos en Texas', { exact: true }).click();
    const mark = panel.locator('.state-help-correction').first();
    await mark.waitFor();
    expect(await mark.innerText()).toMatch(/^\s*teléfono: Corregido localmente el .+ por .+\./);
    await expectAccessible(page, 'who can help, in Spanish, with a correction');
    await mark.getByRole('button', { name: 'Deshacer mi corrección' }).click();
    await panel.locator('.state-help-correction').waitFor({ state: 'detached' });
    expectQuietConsole();
  });

  it('shows a field error the server found in Spanish, next to its box', async () => {
    const { page } = run;
    await page.goto(`${run.url}/cases/${encodeURIComponent(caseId)}/edit`);
    await heading('Cambiar los datos');
    // The browser takes any text in this box: only the server checks a procedure code's form.
    const codes = page.getByLabel('Códigos de procedimiento', { exact: true });
    await codes.fill('12');
    await page.getByRole('button', { name: 'Guardar los cambios' }).click();
    const error = page.locator('#claim-procedureCodes-error');
    await error.waitFor();
    expect(await error.innerText()).toContain(
      'Debe ser un código CPT o HCPCS de 5 caracteres, como 97110 o J1745.',
    );
    expect(await codes.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('main').innerText()).not.toContain('must be');
    await expectAccessible(page, 'a field error from the server, in Spanish');
    expectQuietConsole();
    // Back where the next check starts.
    await page.goto(`${run.url}/opinions`);
    await heading('Segundas opiniones');
  });

  it('fits a phone in Spanish, then switches back to English without losing the page', async () => {
    const phone = await run.browser.newPage({ viewport: { width: 375, height: 740 } });
    try {
      await phone.goto(run.url);
      await phone.getByRole('button', { name: 'Español' }).click();
      await phone.getByRole('heading', { level: 1, name: '¿Qué desea hacer?' }).waitFor();
      for (const pathname of [
        '/',
        `/guide/appeal/${encodeURIComponent(caseId)}/deadlines`,
        '/words',
      ]) {
        await phone.goto(`${run.url}${pathname}`);
        await phone.getByRole('heading', { level: 1 }).first().waitFor();
        expect(await phone.locator('html').getAttribute('lang')).toBe('es');
        expect(await sidewaysScroll(phone), pathname).toBeLessThanOrEqual(0);
      }
      await phone.screenshot({ path: path.join(screenshots, 'es-phone.png'), fullPage: true });
    } finally {
      await phone.close();
    }
    const { page } = run;
    await page.getByRole('button', { name: 'English' }).click();
    await heading('Second opinions');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expectQuietConsole();
  });
});
