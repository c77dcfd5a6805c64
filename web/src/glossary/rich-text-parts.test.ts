import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en/index.js';
import { es } from '../i18n/es/index.js';
import { richTextParts } from './rich-text-parts.js';

describe('message text with words of the law marked in it', () => {
  it('splits plain words from marked terms, keeping the words shown', () => {
    expect(richTextParts('Ask for an [[expedited|urgent appeal]] today.')).toEqual([
      { kind: 'text', text: 'Ask for an ' },
      { kind: 'term', id: 'expedited', words: 'urgent appeal' },
      { kind: 'text', text: ' today.' },
    ]);
  });

  it('leaves text with no marks, or half a mark, as it is', () => {
    expect(richTextParts('No marks here.')).toEqual([{ kind: 'text', text: 'No marks here.' }]);
    expect(richTextParts('[[broken')).toEqual([{ kind: 'text', text: '[[broken' }]);
    expect(richTextParts('<b>[[x|y</b>')).toEqual([{ kind: 'text', text: '<b>[[x|y</b>' }]);
  });

  it('marks only words the glossary explains, in both languages', () => {
    const texts = (value: unknown): string[] =>
      typeof value === 'string'
        ? [value]
        : value && typeof value === 'object'
          ? Object.values(value).flatMap(texts)
          : [];
    for (const catalog of [en, es]) {
      const ids = texts(catalog)
        .flatMap(richTextParts)
        .flatMap((part) => (part.kind === 'term' ? [part.id] : []));
      expect(ids.length).toBeGreaterThan(5);
      expect(ids.filter((id) => !Object.hasOwn(catalog.glossary.terms, id))).toEqual([]);
    }
  });
});
