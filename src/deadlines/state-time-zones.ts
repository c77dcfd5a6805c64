import type { UsState } from '../common/us-states.js';

/**
 * The IANA time zone in which most of each state's people live, used to show hour-based deadlines
 * until the person says otherwise. States that span zones (Florida, Indiana, Kentucky, Tennessee,
 * Texas, the Dakotas, Nebraska, Kansas, Idaho, Oregon, Michigan) use their most populous zone;
 * a person can always set their own zone, and that choice wins.
 */
export const timeZoneOfState = {
  AL: 'America/Chicago',
  AK: 'America/Anchorage',
  AZ: 'America/Phoenix', // no daylight saving time (the Navajo Nation, which observes it, is a minority)
  AR: 'America/Chicago',
  CA: 'America/Los_Angeles',
  CO: 'America/Denver',
  CT: 'America/New_York',
  DE: 'America/New_York',
  DC: 'America/New_York',
  FL: 'America/New_York',
  GA: 'America/New_York',
  HI: 'Pacific/Honolulu',
  ID: 'America/Boise',
  IL: 'America/Chicago',
  IN: 'America/Indiana/Indianapolis',
  IA: 'America/Chicago',
  KS: 'America/Chicago',
  KY: 'America/New_York',
  LA: 'America/Chicago',
  ME: 'America/New_York',
  MD: 'America/New_York',
  MA: 'America/New_York',
  MI: 'America/Detroit',
  MN: 'America/Chicago',
  MS: 'America/Chicago',
  MO: 'America/Chicago',
  MT: 'America/Denver',
  NE: 'America/Chicago',
  NV: 'America/Los_Angeles',
  NH: 'America/New_York',
  NJ: 'America/New_York',
  NM: 'America/Denver',
  NY: 'America/New_York',
  NC: 'America/New_York',
  ND: 'America/Chicago',
  OH: 'America/New_York',
  OK: 'America/Chicago',
  OR: 'America/Los_Angeles',
  PA: 'America/New_York',
  RI: 'America/New_York',
  SC: 'America/New_York',
  SD: 'America/Chicago',
  TN: 'America/Chicago', // Nashville and Memphis outnumber Knoxville and Chattanooga
  TX: 'America/Chicago',
  UT: 'America/Denver',
  VT: 'America/New_York',
  VA: 'America/New_York',
  WA: 'America/Los_Angeles',
  WV: 'America/New_York',
  WI: 'America/Chicago',
  WY: 'America/Denver',
  AS: 'Pacific/Pago_Pago',
  GU: 'Pacific/Guam',
  MP: 'Pacific/Saipan',
  PR: 'America/Puerto_Rico',
  VI: 'America/St_Thomas',
} as const satisfies Record<UsState, string>;

/**
 * Used when a person's state is unknown. Eastern time is where the largest share of the US
 * population lives, and among the mainland zones its midnight comes first, so a date-based
 * deadline read in Eastern time is never later than the person's own reading on the mainland.
 * A person can always set their own zone.
 */
export const defaultTimeZone = 'America/New_York';
