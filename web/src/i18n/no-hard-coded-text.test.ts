import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scanHardCodedText } from './scan-hard-coded-text.js';

const webSrc = fileURLToPath(new URL('..', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'i18n' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const files = sourceFiles(webSrc).map((path) => ({
  name: relative(webSrc, path),
  found: scanHardCodedText(path, readFileSync(path, 'utf8')),
}));

describe('every word a person reads lives in the message files', () => {
  it('finds the web app’s files', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it.each(files)('$name has no hard-coded text', ({ found }) => {
    expect(found.map(({ line, text }) => `line ${line}: ${text}`)).toEqual([]);
  });
});
