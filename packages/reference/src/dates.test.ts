import { addMonths, ageOn, isIsoDate, jakartaDate, workingDaysInclusive } from './dates';

describe('dates in Asia/Jakarta', () => {
  it('takes the Jakarta calendar date, which turns at 17:00 UTC', () => {
    expect(jakartaDate(new Date('2026-11-27T16:59:59Z'))).toBe('2026-11-27');
    expect(jakartaDate(new Date('2026-11-27T17:00:00Z'))).toBe('2026-11-28');
  });

  it('counts age in completed years, the day before and on the birthday', () => {
    expect(ageOn('2010-03-15', '2022-03-14')).toBe(11);
    expect(ageOn('2010-03-15', '2022-03-15')).toBe(12);
  });

  it('adds months clamping to the end of a shorter month', () => {
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2026-01-15', 6)).toBe('2026-07-15');
  });

  it('refuses dates that do not exist', () => {
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-13-01')).toBe(false);
  });

  it('counts working days Monday to Saturday, both ends included', () => {
    // 2026-11-23 is a Monday; the 29th a Sunday.
    expect(workingDaysInclusive('2026-11-23', '2026-11-29')).toBe(6);
    expect(workingDaysInclusive('2026-11-29', '2026-11-29')).toBe(0);
    expect(workingDaysInclusive('2026-11-30', '2026-11-23')).toBe(0);
  });
});
