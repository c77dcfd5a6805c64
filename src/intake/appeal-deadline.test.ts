import { describe, expect, it } from 'vitest';

import { findAppealDeadlineDays } from './appeal-deadline.js';

describe('the days given to ask for the next review', () => {
  it.each([
    ['You may file an appeal within 180 days of the date of this notice.', 180],
    ['You have sixty (60) days to ask for a reconsideration.', 60],
    ['Send your appeal within one hundred and eighty (180) calendar days.', 180],
    ['You must file a grievance within sixty-five (65) days of this letter.', 65],
    ['File an appeal at my.plan.example.com or by mail within 180 days.', 180],
  ])('%s → %d', (text, days) => {
    expect(findAppealDeadlineDays(text, 'claim-denial').days).toBe(days);
  });

  it('is not the time the plan takes to decide', () => {
    expect(
      findAppealDeadlineDays('We will decide your appeal within 30 days.', 'claim-denial').days,
    ).toBeNull();
  });
});

describe('deadlines worded in other ways', () => {
  it.each([
    ['If you disagree, you may request a review within 180 days of receiving this notice.', 180],
    [
      'You may ask for an appeal with us. You must ask within 60 days from the date on this notice.',
      60,
    ],
    ['You can appeal this decision within 180 days of getting this letter.', 180],
    ['If you want us to reconsider, you must ask within 65 days of the date of this notice.', 65],
  ])('%s', (text, days) => {
    expect(findAppealDeadlineDays(text, 'claim-denial').days).toBe(days);
  });

  it('still leaves out when the plan will decide', () => {
    expect(
      findAppealDeadlineDays('We will make a decision within 30 days.', 'claim-denial').days,
    ).toBeNull();
  });
});
