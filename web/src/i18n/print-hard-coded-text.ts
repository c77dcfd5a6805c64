import { readFileSync } from 'node:fs';
import { scanHardCodedText } from './scan-hard-coded-text.js';

/**
 * `npx tsx web/src/i18n/print-hard-coded-text.ts FILE…` lists the words still written into those
 * files instead of the message files; it exits 1 when there are any.
 */
let count = 0;
for (const file of process.argv.slice(2)) {
  for (const { line, text } of scanHardCodedText(file, readFileSync(file, 'utf8'))) {
    console.log(`${file}:${line}  ${text}`);
    count += 1;
  }
}
console.log(count === 0 ? 'No hard-coded text.' : `${count} hard-coded text(s).`);
process.exitCode = count === 0 ? 0 : 1;
