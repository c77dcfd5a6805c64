import { describe, expect, it } from 'vitest';
import { buildLetterDocument } from '../testing/letter-document-factory.js';
import { cleanLine, letterText, wrap } from './letter-text.js';

describe('letterText', () => {
  it('lays the letter out as it is mailed: sender, date, recipient, RE, references, ask, signature, enclosures', () => {
    const text = letterText(buildLetterDocument({ body: ['Please pay claim CLM-2026-00917.'] }));
    expect(text).toBe(
      [
        'José Muñoz',
        '12 Calle Ñandú',
        'Austin, TX 78701',
        'Phone: 512-555-0142',
        '',
        'November 27, 2026',
        '',
        'Acme Health Plan',
        'Appeals Department',
        'PO Box 1234',
        'Dallas, TX 75201',
        '',
        'RE: Internal appeal of a denied claim',
        '    Patient:                   Nguyễn Thị Lan',
        '    Member ID:                 XJH-448812',
        '    Claim or reference number: CLM-2026-00917',
        '    Date of service:           September 3, 2026',
        '',
        'Dear Appeals Reviewer:',
        '',
        'Please pay claim CLM-2026-00917.',
        '',
        'Sincerely,',
        '',
        '',
        '',
        'José Muñoz',
        'parent of Nguyễn Thị Lan',
        '',
        'Enclosures:',
        '- Exhibit A: Denial letter',
        '- Exhibit B: Doctor’s letter',
        '',
      ].join('\n'),
    );
  });

  it('wraps paragraphs at 72 characters, or not at all with width 0', () => {
    const doc = buildLetterDocument();
    const wrapped = letterText(doc).split('\n');
    expect(Math.max(...wrapped.map((line) => [...line].length))).toBeLessThanOrEqual(72);
    expect(letterText(doc, { width: 0 })).toContain(doc.body[1]!.trim());
  });

  it('uses Spanish layout words for a Spanish letter', () => {
    const text = letterText(buildLetterDocument({ lang: 'es', subject: 'Apelación' }));
    expect(text).toContain('Asunto: Apelación');
    expect(text).toContain('Anexos:');
  });

  it("keeps a person's text as text: markup printed as typed, controls and bidi overrides removed", () => {
    expect(cleanLine('  <script>alert(1)</script>\u202Egnp.exe\u0000\tok ')).toBe(
      '<script>alert(1)</script>gnp.exe ok',
    );
    // A decomposed "ễ" (e, circumflex, tilde) becomes the one character fonts map.
    expect(cleanLine('Nguye\u0302\u0303n')).toBe('Nguyễn');
  });

  it('wraps long lines with a hanging indent', () => {
    expect(wrap('one two three four', 9, 2)).toEqual(['one two', '  three', '  four']);
  });
});
