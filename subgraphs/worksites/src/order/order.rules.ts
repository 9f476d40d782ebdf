import { dailyCap, jakartaDate, rulesOn, workingDaysInclusive } from '@hub/reference';
import type { Placement } from '../placement/placement.entity';
import { effectiveRecords, type AttendanceRecord } from '../attendance/attendance.entity';

/** Hours credited by a set of attendance records: only ATTENDED days of records not superseded count. */
export function creditedHours(records: AttendanceRecord[]): number {
  return effectiveRecords(records).reduce((sum, r) => (r.outcome === 'ATTENDED' ? sum + Number(r.hours) : sum), 0);
}

/** Unacceptable absences among the records that count: the breach signal (KUHP Art. 85(7)). */
export function unacceptableAbsences(records: AttendanceRecord[]): number {
  return effectiveRecords(records).filter((r) => r.outcome === 'UNACCEPTABLE_ABSENCE').length;
}

/** Hours still owed on an order (never below zero). */
export function remainingHours(orderedHours: number, completed: number): number {
  return Math.max(0, orderedHours - completed);
}

/**
 * The daily cap relied on for an order: the one Bapas decided (the rule set's dailyCap), as the
 * latest placement kept it; an order not yet placed is judged by the highest cap the law allows.
 */
export function dailyCapOf(placements: Placement[], today: string = jakartaDate(new Date())): number {
  return placements.length ? placements[placements.length - 1]!.maxHoursPerDay : dailyCap(rulesOn(today).adult).ceiling;
}

/**
 * Whether the remaining hours still fit before the deadline: remaining ≤ working days left (today
 * included, Monday to Saturday, Asia/Jakarta) × the daily cap. Done orders are on track.
 */
export function isOnTrack(remaining: number, deadline: string, dailyCap: number, now: Date = new Date()): boolean {
  if (remaining <= 0) return true;
  return remaining <= workingDaysInclusive(jakartaDate(now), deadline) * dailyCap;
}
