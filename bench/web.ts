import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { startE2eServer } from '../src/testing/e2e-server.js';
import { appPages, openShownCases } from '../e2e/app-pages.js';
import { benchDir, intOption, log, machine, median, readFlags, round } from './options.js';

/**
 * The web app (`npm run bench:web`, or `npx tsx bench/web.ts`), against issue 8's goals:
 *   - the JavaScript a first visit downloads, gzipped (goal ≤ 300 kB), and every chunk;
 *   - the first load on localhost in Chromium, cold cache, median of --runs (default 5): until the
 *     start screen's heading shows, until its lists have arrived, and the layout shift (CLS);
 *   - axe-core violations (WCAG 2.2 A/AA) on every page of the app, in English and Spanish (goal 0).
 * Chromium is Debian's (`CHROMIUM_PATH`, default /usr/bin/chromium).
 */
export const goals = { initialJsGzipKb: 300, firstLoadMs: 1000, axeViolations: 0 } as const;

const repo = path.join(benchDir, '..');
const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const axeSource = fs.readFileSync(path.join(repo, 'node_modules/axe-core/axe.min.js'), 'utf8');
const gzipKb = (file: string) => round(zlib.gzipSync(fs.readFileSync(file)).length / 1024, 1);

/** The built app's chunks; "initial" is what index.html loads (its script and modulepreloads). */
function bundleSizes(webRoot: string) {
  const html = fs.readFileSync(path.join(webRoot, 'index.html'), 'utf8');
  const initial = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  const assets = fs.readdirSync(path.join(webRoot, 'assets'));
  const chunks = assets
    .filter((name) => name.endsWith('.js'))
    .map((name) => ({ name, gzipKb: gzipKb(path.join(webRoot, 'assets', name)) }))
    .sort((a, b) => b.gzipKb - a.gzipKb);
  const css = assets
    .filter((name) => name.endsWith('.css'))
    .reduce((sum, name) => sum + gzipKb(path.join(webRoot, 'assets', name)), 0);
  const initialJs = initial.reduce((sum, file) => sum + gzipKb(path.join(webRoot, file)), 0);
  return {
    initialJsGzipKb: round(initialJs, 1),
    initialFiles: initial,
    allJsGzipKb: round(
      chunks.reduce((sum, chunk) => sum + chunk.gzipKb, 0),
      1,
    ),
    cssGzipKb: round(css, 1),
    chunks,
  };
}

/** One cold first visit: a new browser context, the start screen, its lists, the layout shift. */
async function firstLoad(browser: Browser, url: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  // Measured in the page, from the start of the navigation: when the heading and the lists first
  // appear (a MutationObserver), and every layout shift not caused by the person.
  await page.addInitScript(() => {
    const w = window as unknown as { __cls: number; __h1: number; __lists: number };
    w.__cls = 0;
    w.__h1 = 0;
    w.__lists = 0;
    new MutationObserver(() => {
      if (!w.__h1 && document.querySelector('h1')) w.__h1 = performance.now();
      if (
        !w.__lists &&
        document.querySelector('.case-card') &&
        document.querySelector('.coming-up .task-list, .coming-up p + p')
      )
        w.__lists = performance.now();
    }).observe(document, { childList: true, subtree: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
      })[]) {
        if (!entry.hadRecentInput) w.__cls += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(url);
  await page.locator('.case-card').first().waitFor();
  await page.waitForLoadState('networkidle');
  const { headingMs, listsMs, cls } = await page.evaluate(() => {
    const w = window as unknown as { __cls: number; __h1: number; __lists: number };
    return { headingMs: w.__h1, listsMs: w.__lists, cls: w.__cls };
  });
  await context.close();
  return { headingMs, listsMs, cls };
}

async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            context: Document,
            options: object,
          ): Promise<{ violations: { id: string; nodes: unknown[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
  });
}

async function main() {
  const flags = readFlags();
  const runs = intOption(flags, 'runs', 'BENCH_RUNS', 5, { min: 1 });
  const webRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'overturn-bench-web-'));
  process.env.NODE_ENV = 'production';
  await build({
    configFile: path.join(repo, 'web/vite.config.ts'),
    logLevel: 'silent',
    build: { outDir: webRoot, emptyOutDir: true },
  });
  const bundle = bundleSizes(webRoot);
  log(
    `first-visit JavaScript ${bundle.initialJsGzipKb} kB gzipped (goal ≤ ${goals.initialJsGzipKb}); all chunks ${bundle.allJsGzipKb} kB`,
  );

  const server = await startE2eServer({ webRoot });
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const setup = await browser.newPage();
    const shown = await openShownCases(setup.request, server.url);
    await setup.close();

    await firstLoad(browser, server.url); // warm the server, not the browser (each run is a new context)
    const loads = [];
    for (let i = 0; i < runs; i += 1) loads.push(await firstLoad(browser, server.url));
    const firstLoadResult = {
      runs,
      headingMedianMs: round(median(loads.map((l) => l.headingMs))),
      listsMedianMs: round(median(loads.map((l) => l.listsMs))),
      clsMax: round(Math.max(...loads.map((l) => l.cls)), 3),
    };
    log(
      `first load: heading ${firstLoadResult.headingMedianMs} ms, lists ${firstLoadResult.listsMedianMs} ms (median of ${runs}), CLS ≤ ${firstLoadResult.clsMax}`,
    );

    const pages = appPages(shown);
    const axe: Record<string, string[]> = {};
    for (const lang of ['en', 'es'] as const) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      await context.addInitScript((l) => window.localStorage.setItem('overturn-lang', l), lang);
      const page = await context.newPage();
      for (const pathname of pages) {
        await page.goto(`${server.url}${pathname}`);
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        await page.waitForLoadState('networkidle');
        axe[`${lang} ${pathname}`] = await axeViolations(page);
      }
      await context.close();
    }
    const violations = Object.values(axe).reduce((sum, list) => sum + list.length, 0);
    log(`axe: ${violations} violations on ${Object.keys(axe).length} pages (English and Spanish)`);

    const summary = {
      at: new Date().toISOString(),
      machine: machine(),
      goals,
      bundle,
      firstLoad: firstLoadResult,
      axe: { pages: Object.keys(axe).length, violations, byPage: axe },
      withinGoals:
        bundle.initialJsGzipKb <= goals.initialJsGzipKb &&
        firstLoadResult.listsMedianMs <= goals.firstLoadMs &&
        violations === goals.axeViolations,
    };
    const dir = path.join(benchDir, 'results');
    fs.mkdirSync(dir, { recursive: true });
    const out = path.join(dir, `web-${summary.at.replace(/[:.]/g, '-')}.json`);
    fs.writeFileSync(out, `${JSON.stringify(summary, null, 2)}\n`);
    process.stdout.write(
      `${JSON.stringify({ ...summary, axe: { ...summary.axe, byPage: undefined } }, null, 2)}\n`,
    );
    log(`saved ${path.relative(process.cwd(), out)}`);
  } finally {
    await browser.close();
    await server.close();
    fs.rmSync(webRoot, { recursive: true, force: true });
  }
}

await main();
