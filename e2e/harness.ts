import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { expect } from 'vitest';
import { startE2eServer } from '../src/testing/e2e-server.js';

/**
 * What every browser test shares: where Chromium is, building the web app, launching the browser,
 * watching the console, and running axe-core in the page.
 */

export const repo = fileURLToPath(new URL('..', import.meta.url));
export const screenshots = path.join(repo, 'test-results', 'screenshots');
const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const haveChromium = fs.existsSync(chromiumPath);

if (!haveChromium) {
  if (process.env.CI) {
    throw new Error(
      `Browser tests need Chromium, and there is none at ${chromiumPath}: install it (apt-get install chromium) or set CHROMIUM_PATH.`,
    );
  }
  console.log(
    'Browser tests skipped: Chromium not found (install it: sudo apt-get install chromium, or set CHROMIUM_PATH).',
  );
}

const axeTags = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];
const axeSource = fs.readFileSync(path.join(repo, 'node_modules/axe-core/axe.min.js'), 'utf8');

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/**
 * Builds the web app as `npm run build:web` does, into `outDir` (by default `dist/web`, where
 * `overturn serve` finds it; test files running side by side each build into their own folder).
 * Vite picks React's development JSX whenever NODE_ENV is not "production", and the test runner
 * sets it to "test".
 */
export async function buildWebApp(outDir?: string): Promise<void> {
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      configFile: path.join(repo, 'web/vite.config.ts'),
      logLevel: 'silent',
      ...(outDir && { build: { outDir, emptyOutDir: true } }),
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
}

/**
 * Collects console errors and warnings and uncaught page errors. Chromium also logs every 4xx
 * answer as "Failed to load resource"; the flows provoke a 400, a 404 and a 409 on purpose.
 */
export function watchConsole(page: Page, problems: string[]): void {
  page.on('console', (message) => {
    if (message.type() !== 'error' && message.type() !== 'warning') return;
    const text = message.text();
    if (/^Failed to load resource: the server responded with a status of 40[049]\b/.test(text)) {
      return;
    }
    problems.push(`${message.type()}: ${text}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
}

/**
 * Runs axe-core in the page. Evaluated through the DevTools protocol, as a <script> added to the
 * page would be (rightly) refused by the app's Content Security Policy.
 */
export async function expectAccessible(page: Page, where: string): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: AxeRunner }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return result.violations.map(
      (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
    );
  }, axeTags);
  expect(violations, `axe on ${where}`).toEqual([]);
}

interface AxeRunner {
  run(
    context: Document,
    options: { runOnly: { type: 'tag'; values: string[] } },
  ): Promise<{
    violations: { id: string; help: string; nodes: { target: string[] }[] }[];
  }>;
}

/** How far the page scrolls sideways (0 when it fits its viewport). */
export function sidewaysScroll(page: Page): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}

/** The real program over a fresh database, and Chromium on a desktop-sized page watched for problems. */
export interface BrowserRun {
  /** Where the browser goes: `http://127.0.0.1:PORT`. */
  readonly url: string;
  readonly browser: Browser;
  readonly page: Page;
  /** Console errors and warnings of `page`; a clean run has none. */
  readonly consoleProblems: string[];
  /** Closes the browser, stops the server and deletes the build. */
  close(): Promise<void>;
}

/**
 * Builds the web app into a folder of its own (browser test files run side by side), serves it
 * with the API, and opens a 1280×900 page.
 */
export async function startBrowserRun(): Promise<BrowserRun> {
  const webRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'overturn-web-'));
  await buildWebApp(webRoot);
  fs.mkdirSync(screenshots, { recursive: true });
  const server = await startE2eServer({ webRoot });
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.setDefaultTimeout(10_000);
  const consoleProblems: string[] = [];
  watchConsole(page, consoleProblems);
  return {
    url: server.url,
    browser,
    page,
    consoleProblems,
    async close() {
      await browser.close();
      await server.close();
      fs.rmSync(webRoot, { recursive: true, force: true });
    },
  };
}

/**
 * Opens each page on a 375-pixel-wide phone screen and checks that it does not scroll sideways,
 * then gives the phone (on the last page) to `more`; console problems fail the check.
 */
export async function expectFitsPhone(
  browser: Browser,
  pages: readonly (readonly [url: string, heading: string])[],
  more: (phone: Page) => Promise<void> = async () => undefined,
): Promise<void> {
  const phone = await browser.newPage({ viewport: { width: 375, height: 740 } });
  const problems: string[] = [];
  watchConsole(phone, problems);
  try {
    for (const [url, heading] of pages) {
      await phone.goto(url);
      await phone.getByRole('heading', { level: 1, name: heading }).waitFor();
      const overflow = await sidewaysScroll(phone);
      expect(overflow, `${url} scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
    }
    await more(phone);
    expect(problems).toEqual([]);
  } finally {
    await phone.close();
  }
}
