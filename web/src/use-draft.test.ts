import { describe, expect, it } from 'vitest';
import { draftText, savedDraft, versionOf } from './use-draft.js';

const empty = { who: '', what: '' };

describe('a kept draft', () => {
  it('comes back over the form’s empty values, as it was typed', () => {
    const saved = draftText({ what: 'They received the appeal.' });
    expect(savedDraft(saved, empty)).toEqual({ who: '', what: 'They received the appeal.' });
  });

  it('is kept as before when no version is named (the call and send forms’ drafts)', () => {
    expect(draftText({ who: 'Bluebonnet' })).toBe('{"who":"Bluebonnet"}');
    expect(savedDraft('{"who":"Bluebonnet"}', empty)).toEqual({ who: 'Bluebonnet', what: '' });
  });

  it('is nothing when nothing usable was kept', () => {
    expect(savedDraft(null, empty)).toBeNull();
    expect(savedDraft('', empty)).toBeNull();
    expect(savedDraft('{not json', empty)).toBeNull();
    expect(savedDraft('"text"', empty)).toBeNull();
    expect(savedDraft('[1,2]', empty)).toBeNull();
  });

  it('typed over the same version of the details comes back', () => {
    const server = { memberId: 'XGH 448812', group: '' };
    const saved = draftText({ memberId: 'XGH 448812-01', group: '' }, versionOf(server));
    expect(savedDraft(saved, server, versionOf({ ...server }))).toEqual({
      memberId: 'XGH 448812-01',
      group: '',
    });
  });

  it('typed over details that changed on the server since is dropped, never brought back', () => {
    const before = { memberId: 'XGH 448812', group: '' };
    const after = { memberId: 'XGH 448812', group: '70112' };
    const saved = draftText({ memberId: 'XGH 448812-01', group: '' }, versionOf(before));
    expect(savedDraft(saved, after, versionOf(after))).toBeNull();
  });

  it('kept without a version is not taken for a versioned form’s draft', () => {
    const server = { memberId: '' };
    expect(savedDraft(draftText({ memberId: 'A1' }), server, versionOf(server))).toBeNull();
  });
});

describe('the version of some values', () => {
  it('is the same for the same values and differs when one changes', () => {
    const details = { 'patient.name': 'Ana Ruiz', 'plan.memberId': 'XGH 448812' };
    expect(versionOf(details)).toBe(versionOf({ ...details }));
    expect(versionOf(details)).not.toBe(versionOf({ ...details, 'plan.memberId': 'XGH 448813' }));
    expect(versionOf(['a', 'b'])).not.toBe(versionOf(['ab']));
    expect(versionOf(details)).toMatch(/^[0-9a-z]+$/);
  });
});
