import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { expect } from 'vitest';

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
