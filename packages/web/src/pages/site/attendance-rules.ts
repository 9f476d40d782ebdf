import type { AttendanceDraft, Outcome, RosterPlacement, RosterSite } from '../../offline/db';
import { isoWeekday } from '../../format';

/** The statutory ceiling of a day (KUHP Art. 85(5)); an order's own cap may be lower, which the hub checks. */
export const MAX_HOURS_PER_DAY = 8;
export const DAILY_ARTICLE = 'KUHP Pasal 85 ayat (5)';

export const OUTCOMES: readonly Outcome[] = [
  'ATTENDED',
  'SENT_HOME',
  'ACCEPTABLE_ABSENCE',
  'UNACCEPTABLE_ABSENCE',
  'RESCHEDULED',
];

/** A check the phone can make before the hub sees the record: the field, the rule (a `site.check.*` key) and the article. */
export interface DraftProblem {
  field: 'date' | 'hours' | 'reason';
  rule:
    | 'DATE_IN_FUTURE'
    | 'BEFORE_PLACEMENT'
    | 'INVALID_HOURS'
    | 'OVER_DAILY_MAX'
    | 'HOURS_REQUIRED'
    | 'HOURS_ONLY_WHEN_ATTENDED'
    | 'REASON_REQUIRED';
  article?: string;
}

function minutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/** Rounds down to a quarter hour. */
export function toQuarterHours(hours: number): number {
  return Math.floor(hours * 4 + 1e-9) / 4;
}

/**
 * What one tap records: the site's session on that weekday (capped at 8 hours), else the hours of
 * the person's last attended day, else 4. The supervisor can change it; the hub checks the order's cap.
 */
export function defaultHours(
  site: Pick<RosterSite, 'availability'>,
  placement: Pick<RosterPlacement, 'attendance'>,
  date: string,
): number {
  const weekday = isoWeekday(date);
  const slot = site.availability.find((s) => s.weekday === weekday);
  if (slot) {
    const hours = toQuarterHours((minutes(slot.endTime) - minutes(slot.startTime)) / 60);
    if (hours > 0) return Math.min(MAX_HOURS_PER_DAY, hours);
  }
  const last = [...placement.attendance]
    .filter((a) => a.outcome === 'ATTENDED' && a.hours > 0)
    .sort((a, b) => b.date.localeCompare(a.date))[0];
  return last ? Math.min(MAX_HOURS_PER_DAY, last.hours) : 4;
}

/** The checks the phone can make with no connection (the hub makes them all again, and more). */
export function checkDraft(draft: AttendanceDraft, placement: Pick<RosterPlacement, 'startDate'>, today: string): DraftProblem[] {
  const problems: DraftProblem[] = [];
  if (draft.date > today) problems.push({ field: 'date', rule: 'DATE_IN_FUTURE' });
  if (draft.date < placement.startDate) problems.push({ field: 'date', rule: 'BEFORE_PLACEMENT' });
  if (!Number.isFinite(draft.hours) || draft.hours < 0 || Math.round(draft.hours * 4) !== draft.hours * 4) {
    problems.push({ field: 'hours', rule: 'INVALID_HOURS' });
  } else if (draft.hours > MAX_HOURS_PER_DAY) {
    problems.push({ field: 'hours', rule: 'OVER_DAILY_MAX', article: DAILY_ARTICLE });
  } else if (draft.outcome === 'ATTENDED' && draft.hours <= 0) {
    problems.push({ field: 'hours', rule: 'HOURS_REQUIRED' });
  } else if (draft.outcome !== 'ATTENDED' && draft.hours > 0) {
    problems.push({ field: 'hours', rule: 'HOURS_ONLY_WHEN_ATTENDED' });
  }
  if (draft.outcome === 'ACCEPTABLE_ABSENCE' && !(draft.reason ?? '').trim())
    problems.push({ field: 'reason', rule: 'REASON_REQUIRED' });
  return problems;
}

/** `date` moved by `days` (negative: earlier), as YYYY-MM-DD. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
