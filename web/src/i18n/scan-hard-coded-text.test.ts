import { describe, expect, it } from 'vitest';
import { scanHardCodedText } from './scan-hard-coded-text.js';

const texts = (source: string) => scanHardCodedText('x.tsx', source).map((found) => found.text);

describe('finding words written into the code', () => {
  it('finds JSX text, text attributes and prose strings', () => {
    expect(
      texts(`
        const a = <p>Save the case</p>;
        const b = <button aria-label="Close">x</button>;
        const c = <SubmitRow label="Save" />;
        useTitle('Your cases');
        const d = \`Call \${plan} and ask\`;
      `),
    ).toEqual(['Save the case', 'Close', 'Save', 'Your cases', 'Call and ask']);
  });

  it('leaves code alone: classes, ids, paths, types, keys, imports, developer errors', () => {
    expect(
      texts(`
        import { x } from './some file.js';
        type Kind = 'Not a word' | 'other';
        const a = <div className="button secondary" id="main" aria-hidden="true" />;
        const b = { 'Key Name': 1 };
        const c = b['Key Name'];
        const d = \`/cases/\${id}/letters?from=guide\`;
        throw new Error('The page has no #root element.');
        const e = <p>{t.words} · {n}</p>;
      `),
    ).toEqual([]);
  });

  it('says on which line', () => {
    expect(scanHardCodedText('x.tsx', '\n\nconst a = <p>Hello there</p>;')).toEqual([
      { line: 3, text: 'Hello there' },
    ]);
  });
});
