import { addDays, weekday, workingDaysInclusive } from './dates';

/** The definition, one day at a time: what the arithmetic must always agree with. */
function dayByDay(from: string, to: string): number {
  let count = 0;
  for (let d = from; d <= to; d = addDays(d, 1)) if (weekday(d) !== 0) count += 1;
  return count;
}

describe('working days counted arithmetically', () => {
  it('agrees with counting day by day for every start weekday and every length up to a year', () => {
    for (let s = 0; s < 7; s += 1) {
      const from = addDays('2026-11-23', s);
      for (let length = 0; length <= 370; length += 1) {
        const to = addDays(from, length);
        expect([from, to, workingDaysInclusive(from, to)]).toEqual([from, to, dayByDay(from, to)]);
      }
    }
  });

  it('crosses months and leap days', () => {
    expect(workingDaysInclusive('2028-02-26', '2028-03-04')).toBe(dayByDay('2028-02-26', '2028-03-04'));
    expect(workingDaysInclusive('2026-01-01', '2026-12-31')).toBe(313);
  });
});
