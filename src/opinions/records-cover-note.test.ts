import { describe, expect, it } from 'vitest';
import { buildOpinion, buildSecondOpinionCase } from '../testing/opinion-record-factory.js';
import { recordsCoverNote } from './records-cover-note.js';

describe('the cover note on a records packet', () => {
  const first = buildOpinion({
    position: 1,
    doctor: 'Dr. Omar Reyes',
    institution: 'Bayview Orthopedics',
    diagnosis: 'Osteoarthritis',
    diagnosisCode: 'M17.11',
    treatment: 'Knee replacement',
  });
  const exhibits = [{ title: 'MRI report' }, { title: 'Visit notes' }];

  it('tells the second doctor the question, what the first doctor found, and what matters', () => {
    const note = recordsCoverNote(
      buildSecondOpinionCase({ goals: ['avoid-surgery'], goalsNote: 'I care for my mother.' }),
      [first],
      exhibits,
      { today: '2026-11-27', lang: 'en' },
    );
    const body = note.body.join('\n');
    expect(note.subject).toBe('Records of Maria Lopez for a second opinion');
    expect(note.date).toBe('November 27, 2026');
    expect(body).toContain('My question is: Do I need surgery now?');
    expect(body).toContain('Dr. Omar Reyes, Bayview Orthopedics');
    expect(body).toContain('Osteoarthritis (M17.11)');
    expect(body).toContain('avoiding surgery if i safely can; I care for my mother.');
    expect(note.enclosures).toEqual(['MRI report', 'Visit notes']);
    expect(note.citations).toEqual([]);
  });

  it('is written in Spanish with the goals in Spanish, and leaves out what it does not know', () => {
    const note = recordsCoverNote(
      buildSecondOpinionCase({ goals: ['keep-working'], goalsNote: null }),
      [],
      exhibits,
      { today: '2026-11-27', lang: 'es' },
    );
    const body = note.body.join('\n');
    expect(note.date).toBe('27 de noviembre de 2026');
    expect(body).toContain('Lo que más me importa: seguir trabajando.');
    expect(body).not.toContain('primer médico');
    const none = recordsCoverNote(buildSecondOpinionCase({ goals: [], goalsNote: null }), [], [], {
      today: '2026-11-27',
      lang: 'en',
    });
    expect(none.body.join('\n')).not.toContain('matters most');
  });
});
