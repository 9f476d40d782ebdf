import { dueDates, missedReports } from './guidance.entity';

const plan = { startsOn: '2026-11-01', endsOn: '2026-12-31', reportEveryDays: 14 };

describe('reporting duty (wajib lapor)', () => {
  it('schedules a report every interval from the start, within the plan', () => {
    expect(dueDates(plan, '2026-12-31')).toEqual(['2026-11-15', '2026-11-29', '2026-12-13', '2026-12-27']);
  });

  it('flags a scheduled day as missed only once it has passed without a report', () => {
    expect(missedReports(plan, [], '2026-11-15')).toEqual([]);
    expect(missedReports(plan, [], '2026-11-16')).toEqual(['2026-11-15']);
    expect(missedReports(plan, [{ dueOn: '2026-11-15' }], '2026-11-16')).toEqual([]);
  });
});
