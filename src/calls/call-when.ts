import { isIsoDate } from '../common/dates.js';
import { instantOf } from '../deadlines/zoned-time.js';

/**
 * When a call happened, as an instant in UTC. A day alone is read as noon in the person's time zone
 * (so it stays on that day everywhere in the US); a time with no offset, as their wall clock.
 */
export function callInstant(at: string, timeZone: string): string {
  if (isIsoDate(at)) return new Date(instantOf(`${at}T12:00`, timeZone)).toISOString();
  if (/(Z|[+-]\d{2}:\d{2})$/.test(at)) return new Date(at).toISOString();
  return new Date(instantOf(at, timeZone)).toISOString();
}
