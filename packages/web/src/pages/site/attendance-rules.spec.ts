import { describe, expect, it } from 'vitest';
import { checkDraft, defaultHours } from './attendance-rules';

const site = {
  availability: [
    { weekday: 1, startTime: '08:00', endTime: '12:00' },
    { weekday: 5, startTime: '07:00', endTime: '17:30' },
    { weekday: 6, startTime: '13:00', endTime: '15:45' },
  ],
};
const placement = { startDate: '2026-11-05', attendance: [{ date: '2026-11-17', hours: 3, outcome: 'ATTENDED' as const }] };

describe("what one tap records and what the phone checks before the hub's own checks", () => {
  it("suggests the site's session that weekday, at most 8 hours, else the last attended day, else 4", () => {
    expect(defaultHours(site, placement, '2026-11-23')).toBe(4); // Monday 08-12
    expect(defaultHours(site, placement, '2026-11-20')).toBe(8); // Friday 07-17.30, capped
    expect(defaultHours(site, placement, '2026-11-21')).toBe(2.75); // Saturday 13-15.45
    expect(defaultHours(site, placement, '2026-11-24')).toBe(3); // Tuesday: no session, last day's hours
    expect(defaultHours({ availability: [] }, { attendance: [] }, '2026-11-24')).toBe(4);
  });

  it('names the field and the rule (and the article) for what it can tell with no connection', () => {
    const base = { placementId: 'p', date: '2026-11-20', hours: 4, outcome: 'ATTENDED' as const };
    expect(checkDraft(base, placement, '2026-11-29')).toEqual([]);
    expect(checkDraft({ ...base, date: '2026-11-30' }, placement, '2026-11-29')).toEqual([
      { field: 'date', rule: 'DATE_IN_FUTURE' },
    ]);
    expect(checkDraft({ ...base, date: '2026-11-01' }, placement, '2026-11-29')).toEqual([
      { field: 'date', rule: 'BEFORE_PLACEMENT' },
    ]);
    expect(checkDraft({ ...base, hours: 8.25 }, placement, '2026-11-29')).toEqual([
      { field: 'hours', rule: 'OVER_DAILY_MAX', article: 'KUHP Pasal 85 ayat (5)' },
    ]);
    expect(checkDraft({ ...base, hours: 2.1 }, placement, '2026-11-29')).toEqual([{ field: 'hours', rule: 'INVALID_HOURS' }]);
    expect(checkDraft({ ...base, hours: 0 }, placement, '2026-11-29')).toEqual([{ field: 'hours', rule: 'HOURS_REQUIRED' }]);
    expect(checkDraft({ ...base, outcome: 'SENT_HOME' }, placement, '2026-11-29')).toEqual([
      { field: 'hours', rule: 'HOURS_ONLY_WHEN_ATTENDED' },
    ]);
    expect(checkDraft({ ...base, outcome: 'ACCEPTABLE_ABSENCE', hours: 0, reason: '  ' }, placement, '2026-11-29')).toEqual([
      { field: 'reason', rule: 'REASON_REQUIRED' },
    ]);
    expect(
      checkDraft({ ...base, outcome: 'ACCEPTABLE_ABSENCE', hours: 0, reason: 'Sakit, surat dokter' }, placement, '2026-11-29'),
    ).toEqual([]);
  });
});
