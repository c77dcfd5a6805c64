import { describe, expect, it } from 'vitest';
import { safeErrorFields } from './error-handler.js';

describe('what an unexpected error leaves in the log', () => {
  it('keeps its kind, code and place, and never its message or details', () => {
    const error = Object.assign(new Error('duplicate key for patient José Muñoz, DOB 1980-04-02'), {
      code: '23505',
      detail: 'Key (patient_name)=(José Muñoz) already exists.',
    });
    const logged = JSON.stringify(safeErrorFields(error));
    expect(logged).not.toContain('Muñoz');
    expect(logged).not.toContain('1980-04-02');
    expect(safeErrorFields(error)).toMatchObject({ name: 'Error', code: '23505' });
    expect(safeErrorFields(error).at?.[0]).toMatch(/safe-error-log\.test\.ts/);
  });
});
