import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder holding Overturn's package.json, whether running from `src/` or from `dist/`. */
export function packageRoot(from = path.dirname(fileURLToPath(import.meta.url))): string {
  let dir = from;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`package.json not found above ${from}`);
    dir = parent;
  }
  return dir;
}

/** Where `npm run build` puts the web app. */
export const builtWebRoot = () => path.join(packageRoot(), 'dist', 'web');

/** Overturn's own version, from package.json. */
export function packageVersion(): string {
  const manifest = JSON.parse(
    fs.readFileSync(path.join(packageRoot(), 'package.json'), 'utf8'),
  ) as {
    version: string;
  };
  return manifest.version;
}
