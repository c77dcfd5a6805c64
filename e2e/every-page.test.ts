import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appPages, openShownCases } from './app-pages.js';
import {
  expectAccessible,
  haveChromium,
  sidewaysScroll,
  startBrowserRun,
  watchConsole,
  type BrowserRun,
} from './harness.js';

/**
 * Every page of the app, in English and in Spanish: axe finds no WCAG 2.2 A/AA violation, the
 * keyboard's focus is always visible, and on a 375-pixel phone nothing scrolls sideways. The flows'
 * own tests check their screens as they go; this sweep makes sure no page is left out.
 */

/** A page in `lang`, on a screen `width` wide, watched for console problems. */
async function pageIn(
  browser: Browser,
  lang: 'en' | 'es',
  width: number,
  problems: string[],
): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  await context.addInitScript((l) => window.localStorage.setItem('overturn-lang', l), lang);
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  watchConsole(page, problems);
  return page;
}

async function open(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.waitForLoadState('networkidle');
}

/**
 * Tabs `times` from the start of the page's own content (past the header, the same on every page);
 * for each stop, whether the focus can be seen: an outline or a ring of shadow.
 */
async function focusStops(page: Page, times: number): Promise<{ what: string; seen: boolean }[]> {
  await page.locator('main').focus();
  const stops = [];
  for (let i = 0; i < times; i += 1) {
    await page.keyboard.press('Tab');
    stops.push(
      await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return { what: 'body', seen: true };
        const style = getComputedStyle(el);
        const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
        const shadowed = style.boxShadow !== 'none';
        // A date box's own parts (its calendar button) take the focus inside the box, and
        // Chromium draws their ring itself.
        const ownParts =
          el instanceof HTMLInputElement && /^(date|time|datetime-local|month|week)$/.test(el.type);
        return {
          what: `${el.tagName.toLowerCase()}#${el.id} “${(el.textContent ?? '').trim().slice(0, 40)}”`,
          seen: outlined || shadowed || ownParts,
        };
      }),
    );
  }
  return stops;
}

describe.runIf(haveChromium)('every page: accessible, visible focus, fits a phone', () => {
  let run: BrowserRun;
  let pages: string[] = [];

  beforeAll(async () => {
    run = await startBrowserRun();
    pages = appPages(await openShownCases(run.page.request, run.url));
  }, 120_000);
  afterAll(async () => {
    await run?.close();
  });

  for (const lang of ['en', 'es'] as const) {
    it(`passes axe with the focus always visible, in ${lang === 'en' ? 'English' : 'Spanish'}`, async () => {
      const problems: string[] = [];
      const page = await pageIn(run.browser, lang, 1280, problems);
      try {
        for (const pathname of pages) {
          await open(page, `${run.url}${pathname}`);
          expect(await page.getAttribute('html', 'lang')).toBe(lang);
          await expectAccessible(page, `${pathname} (${lang})`);
          const hidden = (await focusStops(page, 6)).filter((stop) => !stop.seen);
          expect(hidden, `focus not visible on ${pathname}`).toEqual([]);
        }
        expect(problems).toEqual([]);
      } finally {
        await page.context().close();
      }
    }, 240_000);
  }

  it('fits a 375-pixel phone on every page, without sideways scrolling', async () => {
    const problems: string[] = [];
    const phone = await pageIn(run.browser, 'en', 375, problems);
    try {
      for (const pathname of pages) {
        await open(phone, `${run.url}${pathname}`);
        expect(await sidewaysScroll(phone), `${pathname} scrolls sideways`).toBeLessThanOrEqual(0);
      }
      expect(problems).toEqual([]);
    } finally {
      await phone.context().close();
    }
  }, 240_000);
});
