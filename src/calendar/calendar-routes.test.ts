import type { FastifyInstance } from 'fastify';
import ICAL from 'ical.js';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeOnEachDatabase } from '../testing/test-env.js';
import { buildTestServer, injector } from '../testing/test-server.js';

/** The calendar as a calendar program reads it: parsed by ical.js, a real iCalendar parser. */
function eventsOf(ics: string): ICAL.Event[] {
  const jcal: unknown = ICAL.parse(ics);
  if (!Array.isArray(jcal)) throw new Error('not an iCalendar document');
  return new ICAL.Component(jcal)
    .getAllSubcomponents('vevent')
    .map((component) => new ICAL.Event(component));
}

const triggerSeconds = (event: ICAL.Event) =>
  event.component.getAllSubcomponents('valarm').map((alarm) => {
    const trigger = alarm.getFirstPropertyValue('trigger');
    if (!(trigger instanceof ICAL.Duration)) throw new Error('trigger is not a duration');
    return trigger.toSeconds();
  });

describeOnEachDatabase('the deadline calendar (GET /api/calendar.ics)', (env) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestServer(env());
  });
  afterAll(async () => {
    await app.close();
  });

  // Requests go through the real server, in process; `app` is built in beforeAll.
  const get = (url: string) => injector(app).get(url);
  const post = (url: string, payload: object) => injector(app).post(url, payload);

  it('puts each open deadline and its send-by date in the calendar, all day, with reminders 7 days and 1 day before', async () => {
    const open = await post('/api/cases', {
      patient: { name: 'José Muñoz' },
      plan: { insurer: 'Acme Health', program: 'medicaid-managed-care', state: 'TX' },
      claim: { claimNumber: 'MC-77' },
      denial: { noticeDate: '2026-11-20' },
    });
    const closed = await post('/api/cases', {
      patient: { name: 'Closed Case' },
      plan: { insurer: 'Acme Health', program: 'individual-market' },
      denial: { noticeDate: '2026-11-01' },
    });
    const closedId = closed.json<{ id: string }>().id;
    expect((await post(`/api/cases/${closedId}/status`, { to: 'withdrawn' })).statusCode).toBe(200);
    const caseId = open.json<{ id: string }>().id;

    const res = await get('/api/calendar.ics');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(res.body.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    const events = eventsOf(res.body);
    expect(events.some((e) => e.summary.includes('Closed Case'))).toBe(false);

    const mine = events.filter((e) => e.uid.startsWith(`${caseId}.`));
    const byUid = Object.fromEntries(mine.map((e) => [e.uid, e]));
    // Medicaid: 60 days to appeal and 10 days to keep benefits, from the date on the notice.
    const appeal = byUid[`${caseId}.file-internal-appeal.due@overturn.local`];
    const appealSendBy = byUid[`${caseId}.file-internal-appeal.send-by@overturn.local`];
    const keep = byUid[`${caseId}.continue-benefits.due@overturn.local`];
    expect(appeal?.startDate.toString()).toBe('2027-01-19');
    expect(appeal?.startDate.isDate).toBe(true);
    expect(appeal?.endDate.toString()).toBe('2027-01-20');
    expect(appeal?.summary).toBe('Deadline: Ask the plan for an appeal (José Muñoz)');
    expect(appeal?.description).toContain('42 CFR 438.402(c)(2)(ii)');
    expect(appeal?.description).toContain('claim MC-77');
    expect(appealSendBy?.startDate.toString()).toBe('2027-01-09');
    expect(keep?.startDate.toString()).toBe('2026-11-30');
    expect(triggerSeconds(appeal!)).toEqual([-(6 * 86400 + 15 * 3600), -15 * 3600]);
  });

  it('keeps the same UIDs on every download, so importing again updates the events', async () => {
    const first = eventsOf((await get('/api/calendar.ics')).body).map((e) => e.uid);
    const second = eventsOf((await get('/api/calendar.ics')).body).map((e) => e.uid);
    expect(first.length).toBeGreaterThan(0);
    expect(second).toEqual(first);
    expect(new Set(first).size).toBe(first.length);
  });

  it('gives one case alone with ?case=ID, and 404 for a case that does not exist', async () => {
    const created = await post('/api/cases', {
      patient: { name: 'Ana Ruiz' },
      plan: { insurer: 'Acme Health', program: 'employer-group', state: 'OH' },
      denial: { noticeDate: '2026-10-01', receivedDate: '2026-10-06' },
    });
    const id = created.json<{ id: string }>().id;
    const events = eventsOf((await get(`/api/calendar.ics?case=${id}`)).body);
    expect(events.map((e) => [e.uid, e.startDate.toString()])).toEqual([
      // 29 CFR 2560.503-1(h)(3)(i): 180 days from receipt; send by 10 days earlier.
      [`${id}.file-internal-appeal.due@overturn.local`, '2027-04-04'],
      [`${id}.file-internal-appeal.send-by@overturn.local`, '2027-03-25'],
    ]);
    expect((await get('/api/calendar.ics?case=nope')).statusCode).toBe(404);
  });
});
