import { describe, expect, it } from 'vitest';
import { usStateCodes, usStates } from '../common/us-states.js';
import { nationalHelpRecord, stateHelpDataAsOf, stateHelpRecords } from './state-help-data.js';
import type { ContactRecord } from './state-help-record.js';

/** The generated directory (scripts/generate-state-help.js): complete, and every number and link usable. */
const territories = new Set(['AS', 'GU', 'MP', 'PR', 'VI']);
const statesAndDc = usStateCodes.filter((code) => !territories.has(code));
const phone = /^\d{3}-\d{3}-\d{4}$/;

function contactsOf(code: (typeof usStateCodes)[number]): ContactRecord[] {
  const r = stateHelpRecords[code];
  if (!r) return [];
  return [
    r.insuranceDepartment,
    r.medicaid,
    ...[r.consumerAssistance, r.ship, r.medicaidOmbudsman, r.medicaidLegalHelp].filter(
      (c): c is ContactRecord => c !== null,
    ),
  ];
}

describe('the shipped state-help directory', () => {
  it('has every state and DC, by its own name, and nothing else', () => {
    expect(statesAndDc).toHaveLength(51);
    expect(Object.keys(stateHelpRecords).sort()).toEqual([...statesAndDc].sort());
    for (const code of statesAndDc) expect(stateHelpRecords[code]?.name).toBe(usStates[code]);
  });

  it('gives every state an insurance department with a consumer line and a complaint page', () => {
    for (const code of statesAndDc) {
      const department = stateHelpRecords[code]?.insuranceDepartment;
      expect(department?.phone, code).toMatch(phone);
      expect(department?.complaintUrl, code).toMatch(/^https:\/\//);
    }
  });

  it('writes every phone as 555-555-5555 and every link as https', () => {
    const all: ContactRecord[] = [
      ...statesAndDc.flatMap(contactsOf),
      ...Object.values(nationalHelpRecord),
    ];
    expect(all.length).toBeGreaterThan(250);
    for (const c of all) {
      if (c.phone !== null) expect(c.phone, c.name).toMatch(phone);
      if (c.url !== null) expect(() => new URL(c.url ?? '')).not.toThrow();
      if (c.url !== null) expect(c.url, c.name).toMatch(/^https:\/\//);
    }
  });

  it('keeps the Medicaid agency everywhere, and the national Medicare and SHIP lines', () => {
    for (const code of statesAndDc) expect(stateHelpRecords[code]?.medicaid.name).toBeTruthy();
    expect(nationalHelpRecord.medicare.phone).toBe('800-633-4227');
    expect(nationalHelpRecord.shipLocator.url).toBe('https://www.shiphelp.org/');
    expect(stateHelpDataAsOf).toMatch(/^\d{4}-\d{2}$/);
  });
});
