import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createServices } from '../app/services.js';
import { allRows } from '../testing/backup-files.js';
import { encryptedPdf } from '../testing/broken-pdfs.js';
import { buildCaseInput } from '../testing/case-factory.js';
import { describeOnEachDatabase } from '../testing/test-env.js';
import { buildTestServer } from '../testing/test-server.js';

/**
 * Hostile input to every route of the journey (issue 6): wrong types, missing and unknown fields,
 * overlong text, impossible and future dates, odd amounts, unknown and tricky ids, wrong content
 * types, empty bodies and bad uploads. Each must get a 4xx with `{ error: { code, message } }` whose
 * message names the field or says what to do, and must write nothing at all.
 */

const maxUploadBytes = 1024;
const long = 'x'.repeat(10_001);
const boundary = '----overturn-hostile-boundary';

type Body =
  | { json: unknown }
  | { raw: string | Uint8Array; type: string }
  | {
      form: {
        fields?: Record<string, string>;
        files?: { field: string; bytes: Uint8Array | string }[];
      };
    }
  | null;

/** A multipart/form-data body with any text fields and files (a browser's form, or a forged one). */
function formBody({ fields = {}, files = [] }: Extract<Body, { form: unknown }>['form']): Buffer {
  const parts = [
    ...Object.entries(fields).map(
      ([name, value]) =>
        `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
    ),
  ].map((part) => Buffer.from(part));
  for (const file of files)
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${file.field}"; filename="f.txt"\r\n` +
          'Content-Type: application/octet-stream\r\n\r\n',
      ),
      Buffer.from(file.bytes),
      Buffer.from('\r\n'),
    );
  return Buffer.concat([...parts, Buffer.from(`--${boundary}--\r\n`)]);
}

const file = (bytes: Uint8Array | string, fields: Record<string, string> = {}): Body => ({
  form: { fields, files: [{ field: 'file', bytes }] },
});
const text = (raw: string): Body => ({ raw, type: 'text/plain' });

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
type Row = [label: string, method: Method, path: string, body: Body, status: number, says: RegExp];

const call = { with: 'Acme Health', summary: 'Asked about the appeal.' };
const outcome = { decision: 'overturned', decidedOn: '2026-11-20', decidedBy: 'Acme Health' };
const correction = { key: 'medicaid.phone', value: '800-555-0100' };

const documentRows: Row[] = [
  [
    'upload sent as JSON',
    'POST',
    '/cases/{case}/documents',
    { json: { file: 'x' } },
    415,
    /multipart/,
  ],
  ['upload sent as text', 'POST', '/cases/{case}/documents', text('hello'), 415, /multipart/],
  [
    'upload with no file',
    'POST',
    '/cases/{case}/documents',
    { form: { fields: { type: 'eob' } } },
    400,
    /field named "file"/,
  ],
  [
    'upload with an empty form',
    'POST',
    '/cases/{case}/documents',
    { raw: '', type: `multipart/form-data; boundary=${boundary}` },
    400,
    /file/,
  ],
  ['upload of a zero-byte file', 'POST', '/cases/{case}/documents', file(''), 400, /empty/],
  [
    'upload just over the limit',
    'POST',
    '/cases/{case}/documents',
    file('x'.repeat(maxUploadBytes + 1)),
    413,
    /smaller file/,
  ],
  [
    'upload of two files',
    'POST',
    '/cases/{case}/documents',
    {
      form: {
        files: [
          { field: 'file', bytes: 'a' },
          { field: 'other', bytes: 'b' },
        ],
      },
    },
    400,
    /one document at a time/,
  ],
  [
    'upload of a program',
    'POST',
    '/cases/{case}/documents',
    file(new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0xff, 0xff])),
    415,
    /PDF/,
  ],
  [
    'upload with an unknown type',
    'POST',
    '/cases/{case}/documents',
    file('hi', { type: 'unicorn' }),
    400,
    /^type:/,
  ],
  [
    'upload with 2026-02-30',
    'POST',
    '/cases/{case}/documents',
    file('hi', { date: '2026-02-30' }),
    400,
    /^date:.*YYYY-MM-DD/,
  ],
  [
    'upload with "yesterday"',
    'POST',
    '/cases/{case}/documents',
    file('hi', { date: 'yesterday' }),
    400,
    /^date:/,
  ],
  [
    'upload dated in the future',
    'POST',
    '/cases/{case}/documents',
    file('hi', { date: '2099-01-01' }),
    400,
    /date/,
  ],
  [
    'upload with a long title',
    'POST',
    '/cases/{case}/documents',
    file('hi', { title: 'x'.repeat(1000) }),
    400,
    /title/,
  ],
  [
    'upload with an unknown field',
    'POST',
    '/cases/{case}/documents',
    file('hi', { owner: 'me' }),
    400,
    /owner/,
  ],
  [
    'upload replacing an unknown id',
    'POST',
    '/cases/{case}/documents',
    file('hi', { replaces: 'nope' }),
    404,
    /nope/,
  ],
  [
    'upload replacing ../',
    'POST',
    '/cases/{case}/documents',
    file('hi', { replaces: '../../etc/passwd' }),
    404,
    /document/,
  ],
  ['upload to an unknown case', 'POST', '/cases/nope/documents', file('hi'), 404, /case/],
  [
    'list with a bad flag',
    'GET',
    '/cases/{case}/documents?allVersions=maybe',
    null,
    400,
    /allVersions/,
  ],
  ['list with an unknown query', 'GET', '/cases/{case}/documents?owner=me', null, 400, /owner/],
  [
    'patch with nothing',
    'PATCH',
    '/cases/{case}/documents/{doc}',
    { json: {} },
    400,
    /at least one/,
  ],
  [
    'patch with a number type',
    'PATCH',
    '/cases/{case}/documents/{doc}',
    { json: { type: 5 } },
    400,
    /type/,
  ],
  [
    'patch with 2026-13-01',
    'PATCH',
    '/cases/{case}/documents/{doc}',
    { json: { date: '2026-13-01' } },
    400,
    /date.*YYYY-MM-DD/,
  ],
  [
    'patch with a long title',
    'PATCH',
    '/cases/{case}/documents/{doc}',
    { json: { title: long } },
    400,
    /title/,
  ],
  [
    'patch with an unknown field',
    'PATCH',
    '/cases/{case}/documents/{doc}',
    { json: { type: 'eob', bytes: 'x' } },
    400,
    /bytes/,
  ],
  ['patch as text', 'PATCH', '/cases/{case}/documents/{doc}', text('type=eob'), 400, /JSON object/],
  [
    'patch with an array',
    'PATCH',
    '/cases/{case}/documents/{doc}',
    { json: [] },
    400,
    /JSON object/,
  ],
  [
    'patch with an empty body',
    'PATCH',
    '/cases/{case}/documents/{doc}',
    { raw: '', type: 'application/json' },
    400,
    /empty/,
  ],
  [
    'patch with broken JSON',
    'PATCH',
    '/cases/{case}/documents/{doc}',
    { raw: '{"type":', type: 'application/json' },
    400,
    /not valid JSON/,
  ],
  [
    'patch an unknown document',
    'PATCH',
    '/cases/{case}/documents/nope',
    { json: { type: 'eob' } },
    404,
    /document/,
  ],
  ['read %2e%2e', 'GET', '/cases/{case}/documents/%2e%2e', null, 404, /no API endpoint/],
  [
    'read ..%2F..%2Fetc',
    'GET',
    '/cases/{case}/documents/..%2F..%2Fetc%2Fpasswd/content',
    null,
    404,
    /document/,
  ],
  ['read a very long id', 'GET', '/cases/{case}/documents/{long}', null, 400, /too long/],
  [
    'versions of an unknown id',
    'GET',
    '/cases/{case}/documents/nope/versions',
    null,
    404,
    /document/,
  ],
  ['delete an unknown document', 'DELETE', '/cases/{case}/documents/nope', null, 404, /document/],
  [
    'restore an unknown document',
    'POST',
    '/cases/{case}/documents/nope/restore',
    { json: {} },
    404,
    /document/,
  ],
  ['a document of another case', 'GET', '/cases/nope/documents/{doc}', null, 404, /case/],
];

const evidenceRows: Row[] = [
  [
    'mark with no state',
    'POST',
    '/cases/{case}/evidence/plan-document',
    { json: {} },
    400,
    /state/,
  ],
  [
    'mark with a wrong state',
    'POST',
    '/cases/{case}/evidence/plan-document',
    { json: { state: true } },
    400,
    /state/,
  ],
  [
    'mark with a long note',
    'POST',
    '/cases/{case}/evidence/plan-document',
    { json: { state: 'done', note: long } },
    400,
    /note/,
  ],
  [
    'mark with an unknown field',
    'POST',
    '/cases/{case}/evidence/plan-document',
    { json: { state: 'done', by: 'x' } },
    400,
    /by/,
  ],
  [
    'mark as text',
    'POST',
    '/cases/{case}/evidence/plan-document',
    text('done'),
    400,
    /JSON object/,
  ],
  [
    'mark an unknown item',
    'POST',
    '/cases/{case}/evidence/unicorn',
    { json: { state: 'done' } },
    400,
    /not on this case’s checklist/,
  ],
  [
    'mark %2e%2e',
    'POST',
    '/cases/{case}/evidence/%2e%2e',
    { json: { state: 'done' } },
    404,
    /no API endpoint/,
  ],
  [
    'mark on an unknown case',
    'POST',
    '/cases/nope/evidence/plan-document',
    { json: { state: 'done' } },
    404,
    /case/,
  ],
  ['unmark an unknown item', 'DELETE', '/cases/{case}/evidence/unicorn', null, 400, /checklist/],
  ['checklist of an unknown case', 'GET', '/cases/nope/evidence', null, 404, /case/],
];

const callRows: Row[] = [
  ['a call with nothing', 'POST', '/cases/{case}/calls', { json: {} }, 400, /with|summary/],
  [
    'a call with no summary',
    'POST',
    '/cases/{case}/calls',
    { json: { with: 'Acme' } },
    400,
    /summary/,
  ],
  [
    'a call with a number',
    'POST',
    '/cases/{case}/calls',
    { json: { ...call, with: 5 } },
    400,
    /with/,
  ],
  [
    'a call with a long summary',
    'POST',
    '/cases/{case}/calls',
    { json: { ...call, summary: long } },
    400,
    /summary/,
  ],
  [
    'a call on 2026-02-30',
    'POST',
    '/cases/{case}/calls',
    { json: { ...call, at: '2026-02-30' } },
    400,
    /^at:/,
  ],
  [
    'a call "yesterday"',
    'POST',
    '/cases/{case}/calls',
    { json: { ...call, at: 'yesterday' } },
    400,
    /^at:/,
  ],
  [
    'a call in the future',
    'POST',
    '/cases/{case}/calls',
    { json: { ...call, at: '2099-01-01' } },
    400,
    /^at:/,
  ],
  [
    'a promise by 2026-13-01',
    'POST',
    '/cases/{case}/calls',
    { json: { ...call, promised: 'Pay', promisedBy: '2026-13-01' } },
    400,
    /promisedBy/,
  ],
  [
    'a call sideways',
    'POST',
    '/cases/{case}/calls',
    { json: { ...call, direction: 'sideways' } },
    400,
    /direction/,
  ],
  [
    'a call with an unknown field',
    'POST',
    '/cases/{case}/calls',
    { json: { ...call, caseId: 'x' } },
    400,
    /caseId/,
  ],
  ['a call as text', 'POST', '/cases/{case}/calls', text('called Acme'), 400, /JSON object/],
  [
    'a call with null body',
    'POST',
    '/cases/{case}/calls',
    { raw: 'null', type: 'application/json' },
    400,
    /JSON object/,
  ],
  ['a call on an unknown case', 'POST', '/cases/nope/calls', { json: call }, 404, /case/],
  ['remove an unknown call', 'DELETE', '/cases/{case}/calls/nope', null, 404, /call/],
  ['remove ..%2F', 'DELETE', '/cases/{case}/calls/..%2F..%2Fcases', null, 404, /call/],
  ['remove a call of another case', 'DELETE', '/cases/nope/calls/{call}', null, 404, /case|call/],
];

const taskRows: Row[] = [
  ['a task with nothing', 'POST', '/cases/{case}/tasks', { json: {} }, 400, /title|due/],
  [
    'a task with a number title',
    'POST',
    '/cases/{case}/tasks',
    { json: { title: 1, due: '2026-12-01' } },
    400,
    /title/,
  ],
  [
    'a task with a long title',
    'POST',
    '/cases/{case}/tasks',
    { json: { title: long, due: '2026-12-01' } },
    400,
    /title/,
  ],
  [
    'a task due 2026-02-30',
    'POST',
    '/cases/{case}/tasks',
    { json: { title: 'Fax', due: '2026-02-30' } },
    400,
    /^due:.*YYYY-MM-DD/,
  ],
  [
    'a task due "yesterday"',
    'POST',
    '/cases/{case}/tasks',
    { json: { title: 'Fax', due: 'yesterday' } },
    400,
    /^due:/,
  ],
  [
    'a task with an unknown field',
    'POST',
    '/cases/{case}/tasks',
    { json: { title: 'Fax', due: '2026-12-01', done: true } },
    400,
    /done/,
  ],
  ['a task as text', 'POST', '/cases/{case}/tasks', text('Fax'), 400, /JSON object/],
  [
    'a task on an unknown case',
    'POST',
    '/cases/nope/tasks',
    { json: { title: 'Fax', due: '2026-12-01' } },
    404,
    /case/,
  ],
  ['tick an unknown task', 'POST', '/tasks/nope/done', { json: {} }, 404, /task/],
  ['tick %2e%2e', 'POST', '/tasks/%2e%2e/done', { json: {} }, 404, /no API endpoint/],
  ['untick an unknown task', 'DELETE', '/tasks/nope/done', null, 404, /task/],
  ['due within 1.5 days', 'GET', '/tasks?dueWithin=1.5', null, 400, /dueWithin.*whole number/],
  ['due within 1e9 days', 'GET', '/tasks?dueWithin=1e9', null, 400, /dueWithin/],
  ['due within soon', 'GET', '/tasks?dueWithin=soon', null, 400, /dueWithin/],
  ['tasks with an unknown query', 'GET', '/tasks?owner=me', null, 400, /owner/],
  ['tasks of an unknown case', 'GET', '/cases/nope/tasks', null, 404, /case/],
];

const stateHelpRows: Row[] = [
  ['help for ZZ', 'GET', '/state-help/ZZ', null, 400, /state code/],
  ['help for %2e%2e', 'GET', '/state-help/%2e%2e', null, 404, /no API endpoint/],
  ['help for CAL', 'GET', '/state-help/CAL', null, 400, /state code/],
  ['help with a bad network', 'GET', '/state-help/CA?network=mesh', null, 400, /network/],
  ['help with an unknown query', 'GET', '/state-help/CA?owner=me', null, 400, /owner/],
  ['help for an unknown case', 'GET', '/cases/nope/state-help', null, 404, /case/],
  ['correct ZZ', 'POST', '/state-help/ZZ/corrections', { json: correction }, 400, /state code/],
  ['correct with nothing', 'POST', '/state-help/WA/corrections', { json: {} }, 400, /key/],
  [
    'correct an unknown key',
    'POST',
    '/state-help/WA/corrections',
    { json: { ...correction, key: 'owner' } },
    400,
    /key/,
  ],
  [
    'correct with a short phone',
    'POST',
    '/state-help/WA/corrections',
    { json: { ...correction, value: '555' } },
    400,
    /10-digit/,
  ],
  [
    'correct with a long value',
    'POST',
    '/state-help/WA/corrections',
    { json: { ...correction, value: long } },
    400,
    /value/,
  ],
  [
    'correct with a script link',
    'POST',
    '/state-help/WA/corrections',
    { json: { key: 'insuranceDepartment.url', value: 'javascript:alert(1)' } },
    400,
    /https/,
  ],
  [
    'correct with a long note',
    'POST',
    '/state-help/WA/corrections',
    { json: { ...correction, note: long } },
    400,
    /note/,
  ],
  [
    'correct with an unknown field',
    'POST',
    '/state-help/WA/corrections',
    { json: { ...correction, id: 'x' } },
    400,
    /id/,
  ],
  [
    'correct as text',
    'POST',
    '/state-help/WA/corrections',
    text('800-555-0100'),
    400,
    /JSON object/,
  ],
  [
    'remove an unknown correction',
    'DELETE',
    '/state-help/corrections/nope',
    null,
    404,
    /correction/,
  ],
  ['remove ..%2F', 'DELETE', '/state-help/corrections/..%2F..%2Fcases', null, 404, /correction/],
];

const outcomeRows: Row[] = [
  ['an outcome with nothing', 'POST', '/cases/{case}/outcomes', { json: {} }, 400, /decision/],
  [
    'an outcome "won"',
    'POST',
    '/cases/{case}/outcomes',
    { json: { ...outcome, decision: 'won' } },
    400,
    /decision/,
  ],
  [
    'decided 2026-02-30',
    'POST',
    '/cases/{case}/outcomes',
    { json: { ...outcome, decidedOn: '2026-02-30' } },
    400,
    /^decidedOn:/,
  ],
  [
    'decided 2026-13-01',
    'POST',
    '/cases/{case}/outcomes',
    { json: { ...outcome, decidedOn: '2026-13-01' } },
    400,
    /^decidedOn:/,
  ],
  [
    'decided "yesterday"',
    'POST',
    '/cases/{case}/outcomes',
    { json: { ...outcome, decidedOn: 'yesterday' } },
    400,
    /^decidedOn:/,
  ],
  [
    'decided in the future',
    'POST',
    '/cases/{case}/outcomes',
    { json: { ...outcome, decidedOn: '2099-01-01' } },
    400,
    /decidedOn.*future/,
  ],
  [
    'paid a negative amount',
    'POST',
    '/cases/{case}/outcomes',
    { json: { ...outcome, amountPaidCents: -1 } },
    400,
    /amountPaidCents.*negative/,
  ],
  [
    'paid a fraction of a cent',
    'POST',
    '/cases/{case}/outcomes',
    { json: { ...outcome, amountPaidCents: 1.5 } },
    400,
    /amountPaidCents.*whole/,
  ],
  [
    'paid a huge amount',
    'POST',
    '/cases/{case}/outcomes',
    { json: { ...outcome, amountPaidCents: 1e18 } },
    400,
    /amountPaidCents/,
  ],
  [
    'paid "100"',
    'POST',
    '/cases/{case}/outcomes',
    { json: { ...outcome, amountPaidCents: '100' } },
    400,
    /amountPaidCents/,
  ],
  [
    'decided by a long name',
    'POST',
    '/cases/{case}/outcomes',
    { json: { ...outcome, decidedBy: long } },
    400,
    /decidedBy/,
  ],
  [
    'an outcome with a long note',
    'POST',
    '/cases/{case}/outcomes',
    { json: { ...outcome, note: long } },
    400,
    /note/,
  ],
  [
    'an outcome with an unknown field',
    'POST',
    '/cases/{case}/outcomes',
    { json: { ...outcome, level: 'x' } },
    400,
    /level/,
  ],
  ['an outcome as text', 'POST', '/cases/{case}/outcomes', text('won'), 400, /JSON object/],
  ['an outcome on an unknown case', 'POST', '/cases/nope/outcomes', { json: outcome }, 404, /case/],
];

const readRows: Row[] = [
  ['summary of an unknown case', 'GET', '/cases/nope/summary.pdf', null, 404, /case/],
  ['summary of %2e%2e', 'GET', '/cases/%2e%2e/summary.pdf', null, 404, /no API endpoint/],
  ['export of an unknown case', 'GET', '/cases/nope/export.json', null, 404, /case/],
  ['export of ..%2F', 'GET', '/cases/..%2F..%2Fbackup/export.json', null, 404, /case/],
  ['next step of an unknown case', 'GET', '/cases/nope/next', null, 404, /case/],
  ['overview of an unknown case', 'GET', '/cases/nope/overview', null, 404, /case/],
  ['overview of a very long id', 'GET', '/cases/{long}/overview', null, 400, /too long/],
  ['overview of a broken escape', 'GET', '/cases/%zz/overview', null, 400, /not valid/],
  ['a restore as JSON', 'POST', '/backup', { json: { backup: 'x' } }, 400, /application\/gzip/],
  ['a restore as text', 'POST', '/backup', text('x'), 400, /application\/gzip/],
  [
    'a restore of garbage',
    'POST',
    '/backup',
    { raw: 'not gzip at all', type: 'application/gzip' },
    409,
    /empty/,
  ],
  ['a restore of nothing', 'POST', '/backup', { raw: '', type: 'application/gzip' }, 409, /empty/],
  ['delete an unknown case', 'DELETE', '/cases/nope', null, 404, /case/],
  ['restore an unknown case', 'POST', '/cases/nope/restore', { json: {} }, 404, /case/],
  ['undo on an unknown case', 'POST', '/cases/nope/status/undo', { json: {} }, 404, /case/],
];

const doctor = { doctor: 'Dr. Lena Ortiz', institution: 'Stanford Knee Center' };
const newOpinion = { patient: { name: 'Ana Ruiz' }, question: 'Do I need surgery?' };

/** Second opinions (issue 7): an opinion with no doctor, a bad ICD-10 code, a comparison of one. */
const opinionRows: Row[] = [
  [
    'a second opinion with no question',
    'POST',
    '/opinions',
    { json: { patient: { name: 'A' } } },
    400,
    /question/,
  ],
  [
    'a question too long',
    'POST',
    '/opinions',
    { json: { ...newOpinion, question: long } },
    400,
    /characters/,
  ],
  [
    'an unknown goal',
    'POST',
    '/opinions',
    { json: { ...newOpinion, goals: ['be-rich'] } },
    400,
    /must be one of/,
  ],
  [
    'a state that is not one',
    'POST',
    '/opinions',
    { json: { ...newOpinion, coverage: { state: 'ZZ' } } },
    400,
    /state/,
  ],
  ['an unknown field', 'POST', '/opinions', { json: { ...newOpinion, extra: 1 } }, 400, /extra/],
  [
    'an opinion with no doctor',
    'POST',
    '/opinions/{opinion}/opinions',
    { json: { institution: 'X' } },
    400,
    /doctor/,
  ],
  [
    'an invalid ICD-10 code',
    'POST',
    '/opinions/{opinion}/opinions',
    { json: { ...doctor, diagnosisCode: 'C5' } },
    400,
    /ICD-10/,
  ],
  [
    'an ICD-10 code that is a sentence',
    'POST',
    '/opinions/{opinion}/opinions',
    { json: { ...doctor, diagnosisCode: long } },
    400,
    /characters/,
  ],
  [
    'a rating of 7',
    'POST',
    '/opinions/{opinion}/opinions',
    { json: { ...doctor, ratings: { listened: 7 } } },
    400,
    /1 to 5/,
  ],
  [
    'a visit years away',
    'POST',
    '/opinions/{opinion}/opinions',
    { json: { ...doctor, date: '2031-01-01' } },
    400,
    /year/,
  ],
  [
    'a visit on February 30',
    'POST',
    '/opinions/{opinion}/opinions',
    { json: { ...doctor, date: '2026-02-30' } },
    400,
    /date/,
  ],
  [
    'an opinion on an unknown case',
    'POST',
    '/opinions/nope/opinions',
    { json: doctor },
    404,
    /second-opinion case/,
  ],
  ['a comparison of one opinion', 'GET', '/opinions/{opinion}/comparison', null, 400, /two/],
  [
    'a comparison PDF of one opinion',
    'GET',
    '/opinions/{opinion}/comparison.pdf',
    null,
    400,
    /two/,
  ],
  [
    'a change without its version',
    'PATCH',
    '/opinions/{opinion}',
    { json: { goals: [] } },
    400,
    /version/,
  ],
  [
    '101 questions',
    'PUT',
    '/opinions/{opinion}/questions',
    { json: { version: 1, questions: Array.from({ length: 101 }, () => ({ text: 'Why?' })) } },
    400,
    /100/,
  ],
  [
    'an appeal letter kind on a second opinion',
    'POST',
    '/opinions/{opinion}/letters',
    { json: { kind: 'internal-appeal' } },
    400,
    /must be one of/,
  ],
  [
    'a records packet of nothing',
    'POST',
    '/opinions/{opinion}/records-packet',
    { json: { documentIds: [] } },
    400,
    /at least one/,
  ],
  [
    'a records packet of an unknown document',
    'POST',
    '/opinions/{opinion}/records-packet',
    { json: { documentIds: ['nope'] } },
    404,
    /document/,
  ],
  [
    'an appeal case read as a second opinion',
    'GET',
    '/opinions/{case}',
    null,
    404,
    /second-opinion case/,
  ],
  [
    'a second opinion’s deadlines',
    'GET',
    '/cases/{opinion}/deadlines',
    null,
    400,
    /second-opinion case/,
  ],
  [
    'a check with reasons as text',
    'POST',
    '/opinions/check',
    { json: { reasons: 'all' } },
    400,
    /reasons/,
  ],
];

describeOnEachDatabase('hostile input to the journey’s routes', (env) => {
  let app: FastifyInstance;
  const ids: Record<string, string> = { long: 'a'.repeat(5000) };

  const send = (method: Method, path: string, body: Body) => {
    const url = `/api${path.replace(/\{(\w+)\}/g, (_, name: string) => ids[name] ?? name)}`;
    const headers: Record<string, string> = { host: '127.0.0.1' };
    if (body === null) return app.inject({ method, url, headers });
    if ('json' in body) return app.inject({ method, url, headers, payload: body.json as object });
    if ('raw' in body)
      return app.inject({
        method,
        url,
        headers: { ...headers, 'content-type': body.type },
        payload: Buffer.from(body.raw),
      });
    return app.inject({
      method,
      url,
      headers: { ...headers, 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: formBody(body.form),
    });
  };
  const created = async (method: Method, path: string, body: Body) => {
    const response = await send(method, path, body);
    expect(response.statusCode, response.body).toBe(201);
    return response.json<{ id: string }>();
  };

  beforeAll(async () => {
    const services = createServices(env().ctx, { maxUploadBytes });
    app = await buildTestServer(env(), { services });
    ids.case = (await created('POST', '/cases', { json: buildCaseInput() })).id;
    for (const to of ['internal-appeal-drafted', 'internal-appeal-submitted'])
      expect((await send('POST', `/cases/{case}/status`, { json: { to } })).statusCode).toBe(200);
    ids.doc = (await created('POST', '/cases/{case}/documents', file('The plan’s letter.'))).id;
    ids.task = (
      await created('POST', '/cases/{case}/tasks', { json: { title: 'Fax', due: '2026-12-01' } })
    ).id;
    const logged = await created('POST', '/cases/{case}/calls', { json: call });
    ids.call = logged.id;
    await created('POST', '/state-help/WA/corrections', { json: correction });
    ids.opinion = (await created('POST', '/opinions', { json: newOpinion })).id;
    await created('POST', '/opinions/{opinion}/opinions', { json: doctor });
  });
  afterAll(async () => {
    await app.close();
  });

  it.each([
    ...documentRows,
    ...evidenceRows,
    ...callRows,
    ...taskRows,
    ...stateHelpRows,
    ...outcomeRows,
    ...readRows,
    ...opinionRows,
  ])('%s: %s %s is refused, nothing written', async (_label, method, path, body, status, says) => {
    const before = await allRows(env().database.db);
    const response = await send(method, path, body);
    expect(response.statusCode, response.body).toBe(status);
    const { error } = response.json<{ error: { code: string; message: string } }>();
    expect(error.code).not.toBe('internal');
    expect(error.message).toMatch(says);
    expect(response.body).not.toMatch(/\bat \S+ \(|node_modules|\.ts:\d+/);
    expect(await allRows(env().database.db)).toEqual(before);
  });

  it('keeps a damaged or locked PDF as it is, and serves what people upload only as what it is', async () => {
    // The vault keeps evidence as sent; the packet leaves such a PDF out and says why.
    for (const bytes of ['%PDF-1.7\nnot really a pdf', encryptedPdf()]) {
      const kept = await send('POST', '/cases/{case}/documents', file(bytes));
      expect(kept.statusCode, kept.body).toBe(201);
      expect(kept.json<{ mediaType: string }>().mediaType).toBe('application/pdf');
    }
    const page = '<html><script>alert(1)</script></html>';
    const upload = await app.inject({
      method: 'POST',
      url: `/api/cases/${ids.case}/documents`,
      headers: { host: '127.0.0.1', 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a\\"b.html"\r\n\r\n${page}\r\n--${boundary}--\r\n`,
      ),
    });
    expect(upload.statusCode, upload.body).toBe(201);
    const served = await app.inject({
      method: 'GET',
      url: upload.json<{ url: string }>().url,
      headers: { host: '127.0.0.1' },
    });
    expect(served.headers['content-type']).toMatch(/^text\/plain/);
    expect(served.headers['x-content-type-options']).toBe('nosniff');
    expect(served.headers['content-disposition']).not.toMatch(/"b/);
    expect(served.body).toBe(page);
  });
});
