// Writes src/state-help/state-help-data.ts: for each state and DC, the insurance department, the
// consumer assistance program, the Medicare counseling program (SHIP), the Medicaid agency, its
// managed-care ombudsman and a free legal helpline; and the few national lines the app uses.
// The app never reads ../shared at run time (a fresh clone has no ../shared): this script copies
// what it needs into the repository. Run it again when the source data changes, then `npx prettier
// --write src/state-help/state-help-data.ts`.
// Usage: node scripts/generate-state-help.js [/work/shared/data/state-help]
// Source: the Fight Health Insurance project's state help directory (Apache-2.0; see NOTICE).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { URL } from 'node:url';

const dir = process.argv[2] ?? '../shared/data/state-help';
// The source files carry no dates; the directory was curated in August 2026 (NOTICE).
const asOf = '2026-08';

/** `(800) 852-9075 ` → `800-852-9075`; anything that is not a 10-digit US number stops the script. */
function phoneOf(raw, where) {
  if (raw === null || raw === undefined || String(raw).trim() === '') return null;
  const digits = String(raw)
    .replace(/\D/g, '')
    .replace(/^1(?=\d{10}$)/, '');
  if (digits.length !== 10) throw new Error(`${where}: not a US phone number: ${raw}`);
  return `${digits.slice(0, 3)}-${digits.slice(3, 6)}-${digits.slice(6)}`;
}

const upgraded = [];
/** Links go out as https; a source link on plain http is upgraded and listed in the output. */
function urlOf(raw, where) {
  if (raw === null || raw === undefined || String(raw).trim() === '') return null;
  const url = new URL(String(raw).trim());
  if (url.protocol === 'http:') {
    url.protocol = 'https:';
    upgraded.push(`${where}: ${String(raw).trim()}`);
  }
  if (url.protocol !== 'https:') throw new Error(`${where}: not a web link: ${raw}`);
  return url.toString();
}

const contact = (name, phone, url, where) => ({
  name: String(name).trim(),
  phone: phoneOf(phone, `${where}.phone`),
  url: urlOf(url, `${where}.url`),
});

/** A small RFC 4180 reader: quoted fields may hold commas, quotes ("") and line breaks. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (quoted || (c !== ',' && c !== '\n' && c !== '\r')) field += c;
    else if (c === ',') endField();
    else {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endField();
      rows.push(row);
      row = [];
    }
  }
  if (field !== '' || row.length > 0) {
    endField();
    rows.push(row);
  }
  const [head, ...body] = rows.filter((r) => r.some((f) => f.trim() !== ''));
  return body.map((r) => Object.fromEntries(head.map((h, i) => [h.trim(), (r[i] ?? '').trim()])));
}

const json = JSON.parse(readFileSync(join(dir, 'state_help.json'), 'utf8'));
const csvRows = parseCsv(readFileSync(join(dir, 'medicaid_resources.csv'), 'utf8'));
const csvByName = new Map(csvRows.map((r) => [r.state, r]));

function stateRecord(entry) {
  const code = entry.abbreviation;
  const dept = entry.insurance_department;
  const cap = entry.consumer_assistance ?? {};
  const medicaid = entry.medicaid;
  const ombudsman = medicaid.managed_care_ombudsman;
  const legal = csvByName.get(entry.name);
  return [
    code,
    {
      name: entry.name,
      insuranceDepartment: {
        ...contact(dept.name, dept.consumer_line ?? dept.phone, dept.url, `${code}.insurance`),
        officePhone: phoneOf(dept.phone, `${code}.insurance.officePhone`),
        complaintUrl: urlOf(dept.complaint_url, `${code}.insurance.complaintUrl`),
      },
      consumerAssistance: cap.cap_name
        ? contact(cap.cap_name, cap.cap_phone, cap.cap_url, `${code}.cap`)
        : null,
      ship: cap.ship_name
        ? contact(cap.ship_name, cap.ship_phone, cap.ship_url, `${code}.ship`)
        : null,
      medicaid: contact(
        medicaid.agency_name,
        medicaid.agency_phone,
        medicaid.agency_url,
        `${code}.medicaid`,
      ),
      medicaidOmbudsman: ombudsman
        ? contact(ombudsman.name, ombudsman.phone, ombudsman.url, `${code}.ombudsman`)
        : null,
      medicaidLegalHelp:
        legal && legal.helpline
          ? contact(
              legal.helpline,
              legal.helpline_contact,
              legal.self_help_resources,
              `${code}.legal`,
            )
          : null,
      externalReviewUrl: entry.external_review?.available
        ? urlOf(entry.external_review.info_url, `${code}.externalReview`)
        : null,
    },
  ];
}

const states = Object.fromEntries(
  Object.values(json)
    .filter((entry) => entry.slug !== 'national')
    .map(stateRecord)
    .sort(([a], [b]) => a.localeCompare(b)),
);

const national = json.national;
const nationalEntry = (list, name) => {
  const found = national[list].find((e) => e.name === name);
  if (!found) throw new Error(`national.${list}: no "${name}"`);
  return contact(found.name, found.phone, found.url, `national.${name}`);
};
const nationalHelp = {
  medicare: nationalEntry('federal_resources', 'Medicare (CMS)'),
  shipLocator: nationalEntry('specialized_assistance', 'SHIP National Technical Assistance Center'),
  medicaidGov: nationalEntry('federal_resources', 'Medicaid.gov'),
  regulatorDirectory: nationalEntry(
    'consumer_advocacy',
    'National Association of Insurance Commissioners',
  ),
};

const out = `// Generated by scripts/generate-state-help.js from the Fight Health Insurance project's state help
// directory (state_help.json and medicaid_resources.csv, curated ${asOf}; Apache-2.0, see NOTICE).
// Do not edit by hand: correct an entry locally (\`overturn help-for XX --correct KEY=VALUE\`), or fix
// the source and generate again. Phones are normalized to 555-555-5555.${
  upgraded.length > 0
    ? `\n// Links the source gave as plain http, upgraded to https:\n${upgraded.map((u) => `//   ${u}`).join('\n')}`
    : ''
}
import type { UsState } from '../common/us-states.js';
import type { NationalHelpRecord, StateHelpRecord } from './state-help-record.js';

/** When the directory was curated (the source files carry no dates of their own). */
export const stateHelpDataAsOf = '${asOf}';

export const stateHelpRecords: Readonly<Partial<Record<UsState, StateHelpRecord>>> = ${JSON.stringify(states, null, 2)};

export const nationalHelpRecord: NationalHelpRecord = ${JSON.stringify(nationalHelp, null, 2)};
`;
// Run from the project root.
writeFileSync(join(process.cwd(), 'src/state-help/state-help-data.ts'), out);
console.log(`Wrote src/state-help/state-help-data.ts: ${Object.keys(states).length} states.`);
