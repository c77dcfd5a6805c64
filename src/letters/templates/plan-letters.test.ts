import { describe, expect, it } from 'vitest';
import { denialCategoryIds, programIds } from '../../cases/case-terms.js';
import type { DenialCategory } from '../../cases/case-terms.js';
import { buildLetterFacts } from '../../testing/letter-facts-factory.js';
import { programLaws } from '../governing-law.js';
import type { LetterDocument, LetterFacts } from '../letter.js';
import { letterLangs } from '../letter.js';
import { missingFacts } from '../letter-facts.js';
import { fernandezHuertaEase, fleschKincaidGrade } from '../readability.js';
import { planLetterTemplates } from './plan-letter-templates.js';

const templates = Object.values(planLetterTemplates);
const promises = /will be approved|guarantee|you will win|será aprobad|garantiz|va a ganar|ganará/i;
const asks = {
  en: /appeal|reconsider|review/i,
  es: /apela|apelar|reconsider|revis/i,
} as const;
/** A rule as the letters write it: "29 CFR 2560.503-1(h)(2)(iv)", "42 U.S.C. 300gg-111", "CMS-4201-F". */
const citationPattern =
  /\d+ CFR \d[\d.-]*\d(?:\([a-zA-Z0-9]+\))*|\d+ U\.S\.C\. [\w-]*\d(?:\([a-zA-Z0-9]+\))*|CMS-\d+-F/g;
const bodyText = (doc: LetterDocument) => doc.body.join('\n');
const allText = (doc: LetterDocument) =>
  [
    doc.title,
    doc.subject,
    doc.salutation,
    ...doc.from,
    ...doc.to,
    ...doc.reference.flat(),
    ...doc.body,
    ...doc.signature,
    ...doc.enclosures,
  ].join('\n');

describe.each(templates)('$kind', (template) => {
  it('is addressed to the plan and needs the patient, plan, member ID and claim number', () => {
    expect(template.audience).toBe('plan');
    const facts = buildLetterFacts({ plan: { memberId: null }, claim: { claimNumber: null } });
    expect(missingFacts(template, facts).map((fact) => fact.path)).toEqual([
      'plan.memberId',
      'claim.claimNumber',
    ]);
  });

  describe.each(programIds)('for %s', (program) => {
    describe.each(letterLangs)('in %s', (lang) => {
      const facts = buildLetterFacts({ plan: { program } });
      const { document, guidance } = template.write(facts, lang);

      it('names the patient, member ID and claim number in the reference lines', () => {
        const values = document.reference.map(([, value]) => value);
        expect(values).toContain('Ana Ruiz');
        expect(values).toContain('XJH123456789');
        expect(values).toContain('C123');
        expect(document.kind).toBe(template.kind);
        expect(document.lang).toBe(lang);
      });

      it('opens with the ask, in one or two sentences', () => {
        const first = document.body[0] ?? '';
        expect(first).toMatch(asks[lang]);
        // Sentences end at . ! ? but not after a title ("Dr. Lena Ortiz").
        expect(first.split(/(?<!\b(?:Dr|Mrs?|Ms|Sra?|Dra))[.!?]\s+/).length).toBeLessThanOrEqual(2);
      });

      it('cites the law that governs the program, in the body and in citations', () => {
        const citation = programLaws[program].citation;
        expect(document.citations).toContain(citation);
        expect(bodyText(document)).toContain(citation);
      });

      it('lists every rule it cites, cites nothing it does not say, and lists each once', () => {
        const written = bodyText(document).match(citationPattern) ?? [];
        expect(written.length).toBeGreaterThan(0);
        for (const citation of written) expect(document.citations).toContain(citation);
        for (const citation of document.citations) expect(bodyText(document)).toContain(citation);
        expect(new Set(document.citations).size).toBe(document.citations.length);
      });

      it('promises no outcome', () => {
        expect(allText(document)).not.toMatch(promises);
        expect(guidance.steps.join(' ')).not.toMatch(promises);
      });

      it('leaves no blank of the template showing', () => {
        expect(allText(document)).not.toMatch(/undefined|null|NaN|\$\{|\[object/);
        expect(document.body.every((paragraph) => paragraph.trim().length > 0)).toBe(true);
      });

      it('gives 3 to 6 short, plain steps and the not-legal-advice sentence', () => {
        expect(guidance.lang).toBe(lang);
        expect(guidance.steps.length).toBeGreaterThanOrEqual(3);
        expect(guidance.steps.length).toBeLessThanOrEqual(6);
        for (const step of guidance.steps) expect(step.split(/\s+/).length).toBeLessThanOrEqual(45);
        const text = guidance.steps.join(' ');
        if (lang === 'en') expect(fleschKincaidGrade(text)).toBeLessThanOrEqual(8.5);
        else expect(fernandezHuertaEase(text)).toBeGreaterThanOrEqual(60);
        expect(guidance.notLegalAdvice).toMatch(
          lang === 'en' ? /not legal advice/ : /no es asesoría legal/,
        );
      });

      it('lists the denial notice among the enclosures', () => {
        expect(document.enclosures[0] ?? document.enclosures.join()).toBeTruthy();
        expect(document.enclosures.join('\n')).toMatch(
          lang === 'en'
            ? /denial notice dated October 1, 2026/
            : /aviso de negación .* 1 de octubre de 2026/,
        );
      });
    });
  });

  describe.each(letterLangs)('in %s, for every denial category', (lang) => {
    const categories: (DenialCategory | null)[] = [...denialCategoryIds, null];
    it.each(categories)('%s: argues it with the facts and lists what proves it', (category) => {
      for (const program of programIds) {
        const facts = buildLetterFacts({ plan: { program }, denial: { category } });
        const { document } = template.write(facts, lang);
        expect(document.body.length).toBeGreaterThanOrEqual(4);
        expect(document.enclosures.length).toBeGreaterThanOrEqual(2);
        for (const citation of document.citations) expect(bodyText(document)).toContain(citation);
        for (const citation of bodyText(document).match(citationPattern) ?? [])
          expect(document.citations).toContain(citation);
        expect(allText(document)).not.toMatch(promises);
        if (lang === 'es') expect(bodyText(document)).not.toMatch(/\bde el\b|\ba el\b/);
      }
    });
  });

  it('passes names with markup, right-to-left text and emoji through as plain strings', () => {
    const hostile = '<script>alert(1)</script> مريم 🩺';
    const facts = buildLetterFacts({
      patient: { name: hostile },
      sender: { name: 'José “Pepe” Ñúñez 👨‍👩‍👧', relationship: 'father' },
      plan: { insurer: 'Acme & Sons <b>Health</b>' },
      claim: { provider: 'د. ليلى', serviceDescription: 'MRI <i>lumbar</i>' },
      denial: { statedReason: '"Not needed" & <u>denied</u>' },
    });
    for (const lang of letterLangs) {
      const { document } = template.write(facts, lang);
      expect(document.reference).toContainEqual([lang === 'en' ? 'Patient' : 'Paciente', hostile]);
      expect(bodyText(document)).toContain(hostile);
      expect(bodyText(document)).toContain('Acme & Sons <b>Health</b>');
      expect(document.signature).toContain('José “Pepe” Ñúñez 👨‍👩‍👧');
      expect(allText(document)).not.toMatch(/&lt;|&amp;|&#/);
      // The only markup in the letter is what the person typed.
      const typed = [hostile, 'Acme & Sons <b>Health</b>', 'MRI <i>lumbar</i>', '<u>denied</u>'];
      const stripped = typed.reduce((text, value) => text.split(value).join(''), allText(document));
      expect(stripped).not.toMatch(/[<>]/);
    }
  });

  it('speaks for the patient when someone else signs, and encloses the authority to act', () => {
    const facts = buildLetterFacts({ sender: { name: 'Luis Ruiz', relationship: 'son' } });
    const en = template.write(facts, 'en').document;
    expect(en.body[0]).toContain('as the son of Ana Ruiz');
    expect(en.enclosures).toContain('Signed authorization for Luis Ruiz to act for Ana Ruiz');
    expect(en.signature).toEqual(['Luis Ruiz', 'son of Ana Ruiz']);
    const es = template.write(facts, 'es').document;
    expect(es.body[0]).toContain('como son de Ana Ruiz');
  });

  it('writes around facts the case does not have', () => {
    const facts: LetterFacts = buildLetterFacts({
      claim: {
        serviceDate: null,
        provider: null,
        serviceDescription: null,
        procedureCodes: [],
        diagnosisCodes: [],
      },
      denial: { noticeDate: null, statedReason: null, category: null, urgency: null },
      plan: { state: null, funding: null },
    });
    for (const lang of letterLangs) {
      const { document } = template.write(facts, lang);
      expect(allText(document)).not.toMatch(/undefined|null/);
      expect(document.body[0]).toMatch(asks[lang]);
    }
  });
});
