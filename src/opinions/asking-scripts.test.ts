import { describe, expect, it } from 'vitest';
import { fernandezHuertaEase, fleschKincaidGrade } from '../letters/readability.js';
import { letterLangs } from '../letters/letter.js';
import type { Script } from './asking-scripts.js';
import { askingScripts } from './asking-scripts.js';
import { questionKindIds } from './second-opinion.js';

const byId = (scripts: Script[], id: Script['id']) => scripts.find((s) => s.id === id);

/** One script's English text for a situation. */
const scriptText = (sc: Parameters<typeof askingScripts>[0], id: Script['id']) =>
  byId(askingScripts(sc, 'en'), id)?.text;

describe('scripts for asking well', () => {
  it('gives the five scripts, in order, in both languages', () => {
    for (const lang of letterLangs) {
      const scripts = askingScripts({ questionKind: 'surgery', condition: null }, lang);
      expect(scripts.map((s) => s.id)).toEqual([
        'ask-first-doctor',
        'ask-outside-circle',
        'ask-referral',
        'pick-subspecialist',
        'ask-plan',
      ]);
      for (const s of scripts) {
        expect(s.title).toMatch(/\S/);
        expect(s.text).not.toMatch(/undefined|null|\$\{/);
      }
    }
  });

  it('asks the first doctor warmly, for another perspective, naming the question', () => {
    const text = scriptText({ questionKind: 'surgery', condition: null }, 'ask-first-doctor');
    expect(text).toMatch(/I’d like another perspective so I can feel confident moving forward/);
    expect(text).toMatch(/decide on the surgery/);
    expect(text).toMatch(/Thank you/);
  });

  it('asks for someone outside the first doctor’s group or health system', () => {
    const text = scriptText({ questionKind: 'diagnosis', condition: null }, 'ask-outside-circle');
    expect(text).toMatch(/same group or hospital system/);
  });

  it('asks the primary doctor for the referral and keeps its number', () => {
    const text = scriptText({ questionKind: 'treatment', condition: null }, 'ask-referral');
    expect(text).toMatch(/second opinion on the treatment plan/);
    expect(text).toMatch(/referral number/);
  });

  it('picks a subspecialist for the person’s own condition, with where to look', () => {
    const text = scriptText(
      { questionKind: 'treatment', condition: 'early breast cancer' },
      'pick-subspecialist',
    );
    expect(text).toMatch(/treats early breast cancer most of the time/);
    expect(text).toMatch(/academic/);
    expect(text).toMatch(/NCI-designated cancer center/);
    expect(text).toMatch(/patient groups/);
  });

  it('says "your condition" when the condition is not given or blank', () => {
    const text = scriptText({ questionKind: 'diagnosis', condition: '  ' }, 'pick-subspecialist');
    expect(text).toMatch(/treats your condition most/);
  });

  it('speaks Spanish in the usted form', () => {
    const scripts = askingScripts({ questionKind: 'diagnosis', condition: 'lupus' }, 'es');
    expect(byId(scripts, 'ask-first-doctor')?.text).toMatch(
      /otro punto de vista para seguir adelante con confianza/,
    );
    expect(byId(scripts, 'ask-first-doctor')?.text).toMatch(/sobre el diagnóstico/);
    expect(byId(scripts, 'pick-subspecialist')?.text).toMatch(/trate lupus/);
    expect(scripts.map((s) => s.text).join(' ')).not.toMatch(
      /\b(tú|tienes|quieres|puedes|busca|pregunta)\b/,
    );
  });

  it('is not adversarial', () => {
    for (const questionKind of questionKindIds) {
      const text = askingScripts({ questionKind, condition: null }, 'en')
        .map((s) => s.text)
        .join(' ');
      expect(text).not.toMatch(/wrong|mistake|distrust|don’t trust|do not trust|sue/i);
    }
  });
});

describe('reads plainly', () => {
  const join = (scripts: Script[]) => scripts.map((s) => `${s.title}.\n${s.text}`).join('\n');
  it.each(questionKindIds)(
    'at grade 9 or below in English, ease 60 or more in Spanish (%s)',
    (questionKind) => {
      const sc = { questionKind, condition: 'a torn meniscus' };
      expect(fleschKincaidGrade(join(askingScripts(sc, 'en')))).toBeLessThanOrEqual(9);
      expect(
        fernandezHuertaEase(join(askingScripts({ ...sc, condition: 'un menisco roto' }, 'es'))),
      ).toBeGreaterThanOrEqual(60);
    },
  );
});
