import { describe, expect, it } from 'vitest';
import { buildDeadlineOfCase as deadline } from '../testing/deadline-factory.js';
import { taskKinds, type StoredTask, type TaskKind } from './task.js';
import { taskOfDeadline } from './task-rules.js';
import {
  callIfNoDecisionTitle,
  followUpTitle,
  recordsCheckTitle,
  sendByTitle,
  storedTaskTitle,
  taskKindLabel,
} from './task-words.js';

type TitledTask = Pick<StoredTask, 'kind' | 'title' | 'sourceCallId'>;
const stored = (overrides: Partial<TitledTask>): TitledTask => ({
  kind: 'follow-up',
  title: 'Follow up with Acme',
  sourceCallId: 'call-1',
  ...overrides,
});

describe('the words of the tasks the system makes, in Spanish', () => {
  it('labels every kind of task in Spanish, none empty or left in English', () => {
    for (const kind of Object.keys(taskKinds) as TaskKind[]) {
      const es = taskKindLabel(kind, 'es');
      expect(es.trim(), kind).not.toBe('');
      expect(es, kind).not.toBe(taskKindLabel(kind, 'en'));
      expect(taskKindLabel(kind, 'en')).toBe(taskKinds[kind]);
    }
  });

  it('words each title in Spanish, different from the English and keeping dates and citations', () => {
    const pairs = [
      (lang: 'en' | 'es') =>
        sendByTitle(
          {
            action: 'Send your appeal to the plan',
            actionEs: 'Envíe su apelación al plan',
            due: '2027-03-20',
            lastDay: '2027-03-30',
          },
          lang,
        ),
      (lang: 'en' | 'es') =>
        sendByTitle(
          { action: 'Send it', actionEs: null, due: '2027-03-20', lastDay: '2027-03-30' },
          lang,
        ),
      (lang: 'en' | 'es') => callIfNoDecisionTitle('plan', '2026-12-10', lang),
      (lang: 'en' | 'es') => callIfNoDecisionTitle('external-reviewer', '2026-12-10', lang),
      (lang: 'en' | 'es') => followUpTitle({ withParty: 'Acme', promised: 'a letter' }, lang),
      (lang: 'en' | 'es') => followUpTitle({ withParty: 'Acme', promised: null }, lang),
      (lang: 'en' | 'es') => recordsCheckTitle('Mercy Clinic', lang),
      (lang: 'en' | 'es') => recordsCheckTitle(null, lang),
    ];
    for (const title of pairs) {
      expect(title('es').trim()).not.toBe('');
      expect(title('es')).not.toBe(title('en'));
    }
    expect(
      sendByTitle(
        { action: 'Send it', actionEs: null, due: '2027-03-20', lastDay: '2027-03-30' },
        'es',
      ),
    ).toBe(
      'Envíe su apelación o solicitud a más tardar el 2027-03-20 (el último día es el 2027-03-30)',
    );
    expect(callIfNoDecisionTitle('external-reviewer', '2026-12-10', 'es')).toBe(
      'Llame al revisor externo si el 2026-12-10 todavía no tiene una decisión',
    );
    expect(recordsCheckTitle(null, 'es')).toContain('45 CFR 164.524(b)(2)');
  });

  it('gives the deadline tasks Spanish titles with the deadline’s own Spanish action', () => {
    const send = taskOfDeadline(deadline({}), '2026-11-27', 'es');
    expect(send?.title).toBe(
      'Envíe su apelación al plan (envíelo a más tardar el 2027-03-20; el último día es el 2027-03-30)',
    );
    expect(taskOfDeadline(deadline({}), '2026-11-27')?.title).toBe(
      'Send your appeal to the plan (send by 2027-03-20; last day 2027-03-30)',
    );
    const call = taskOfDeadline(
      deadline({
        id: 'plan-decides-internal-appeal',
        who: 'plan',
        due: '2026-12-10',
        sendBy: null,
      }),
      '2026-11-27',
      'es',
    );
    expect(call?.title).toBe(
      'Llame a su plan de salud si el 2026-12-10 todavía no tiene una decisión',
    );
  });
});

describe('stored titles read in Spanish', () => {
  it('rewords a follow-up a call made, whatever the names hold', () => {
    const check = stored({
      title: followUpTitle({ withParty: 'Acme: appeals', promised: 'send the file' }, 'en'),
    });
    expect(storedTaskTitle(check, 'es')).toBe('Confirme con Acme: appeals: send the file');
    expect(storedTaskTitle(stored({}), 'es')).toBe('Comuníquese de nuevo con Acme');
    expect(storedTaskTitle(check, 'en')).toBe(check.title);
  });

  it('rewords the records check, and keeps the office’s name as written', () => {
    const task = stored({
      kind: 'manual',
      sourceCallId: null,
      title: recordsCheckTitle('Mercy Clinic', 'en'),
    });
    expect(storedTaskTitle(task, 'es')).toBe(recordsCheckTitle('Mercy Clinic', 'es'));
    const anyOffice = stored({
      kind: 'manual',
      sourceCallId: null,
      title: recordsCheckTitle(null, 'en'),
    });
    expect(storedTaskTitle(anyOffice, 'es')).toBe(recordsCheckTitle(null, 'es'));
  });

  it('keeps a title the person typed as they typed it, even one that looks like the system’s', () => {
    for (const title of ['Fax the letter', 'Follow up with Dr. Lee', 'Check with Acme: the fax'])
      expect(storedTaskTitle(stored({ kind: 'manual', sourceCallId: null, title }), 'es')).toBe(
        title,
      );
    // A follow-up whose words are not the system's (an older wording) stays as stored.
    expect(storedTaskTitle(stored({ title: 'Call Acme back' }), 'es')).toBe('Call Acme back');
  });
});
