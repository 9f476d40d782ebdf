import { rulesOn, type RuleSet } from '@hub/reference';
import { userError, type UserError } from '@hub/federation';
import type { Placement } from '../placement/placement.entity';
import { effectiveRecords, type AttendanceRecord } from './attendance.entity';
import type { AttendanceOutcomeCode } from '../enums';

/** One day's attendance as submitted. */
export interface AttendanceClaim {
  placementId: string;
  date: string;
  hours: number;
  outcome: AttendanceOutcomeCode;
  reason?: string | null;
  supersedesId?: string | null;
}

/** Everything the rules look at: the placement, all of the person's placements and their records. */
export interface AttendanceFacts {
  placement: Placement;
  personPlacements: Placement[];
  records: AttendanceRecord[];
  today: string;
}

function articles(rules: RuleSet, kind: string) {
  const r = kind === 'KERJA_SOSIAL' ? rules.adult : rules.child;
  return { daily: r.dailyArticle, total: r.hoursArticle };
}

/**
 * The attendance rules (DOMAIN.md §2-§3): not in the future; within the placement's period; hours
 * only when attended; the daily cap across all of the person's placements; never more than the
 * ordered hours in total; a reason for an acceptable absence; one record per placement and day
 * (a change is a correction that supersedes it). Each refusal names its field, rule and article.
 */
export function checkAttendance(claim: AttendanceClaim, facts: AttendanceFacts): UserError[] {
  const { placement, records, today } = facts;
  const rules = rulesOn(placement.orderStartDate);
  const art = articles(rules, placement.orderKind);
  const errors: UserError[] = [];
  if (claim.date > today)
    errors.push(
      userError('input.date', 'DATE_IN_FUTURE', 'Attendance cannot be recorded for a day that has not come (Asia/Jakarta).'),
    );
  const lastDay = placement.endDate && placement.endDate < placement.orderDeadline ? placement.endDate : placement.orderDeadline;
  if (claim.date < placement.startDate || claim.date > lastDay) {
    errors.push(
      userError(
        'input.date',
        'OUTSIDE_PLACEMENT',
        `The placement runs from ${placement.startDate} to ${lastDay}.`,
        rules.adult.periodArticle,
      ),
    );
  }
  if (placement.status !== 'ACTIVE' && !claim.supersedesId && !(placement.endDate && claim.date <= placement.endDate)) {
    errors.push(userError('input.placementId', 'PLACEMENT_NOT_ACTIVE', `The placement is ${placement.status}.`));
  }
  if (!Number.isFinite(claim.hours) || claim.hours < 0 || Math.round(claim.hours * 4) !== claim.hours * 4) {
    errors.push(userError('input.hours', 'INVALID_HOURS', 'Hours are counted in quarter hours, from 0.'));
  } else if (claim.outcome === 'ATTENDED' && claim.hours <= 0) {
    errors.push(userError('input.hours', 'HOURS_REQUIRED', 'An attended day credits more than 0 hours.'));
  } else if (claim.outcome !== 'ATTENDED' && claim.hours > 0) {
    errors.push(
      userError('input.hours', 'HOURS_ONLY_WHEN_ATTENDED', `Only an attended day credits hours; ${claim.outcome} credits 0.`),
    );
  }
  if (claim.outcome === 'ACCEPTABLE_ABSENCE' && !(claim.reason ?? '').trim()) {
    errors.push(
      userError(
        'input.reason',
        'REASON_REQUIRED',
        'An acceptable absence needs its reason (e.g. illness with a letter, school exam).',
      ),
    );
  }
  const effective = effectiveRecords(records);
  const superseded = claim.supersedesId ? records.find((r) => r.id === claim.supersedesId) : undefined;
  if (claim.supersedesId) {
    if (!superseded || superseded.placementId !== placement.id) {
      errors.push(userError('input.supersedesId', 'UNKNOWN_RECORD', 'The record to correct is not one of this placement.'));
    } else if (!effective.includes(superseded)) {
      errors.push(
        userError('input.supersedesId', 'ALREADY_CORRECTED', 'That record was already corrected; correct the latest one.'),
      );
    } else if (superseded.date !== claim.date) {
      errors.push(
        userError(
          'input.date',
          'CORRECTION_CHANGES_DATE',
          `A correction keeps the day of the record it corrects (${superseded.date}).`,
        ),
      );
    }
  } else if (effective.some((r) => r.placementId === placement.id && r.date === claim.date)) {
    errors.push(
      userError(
        'input.date',
        'DAY_ALREADY_RECORDED',
        'This day is already recorded at this placement; send a correction (supersedesId) instead.',
      ),
    );
  }
  const counting = effective.filter((r) => r !== superseded && r.outcome === 'ATTENDED');
  const sameDay = counting.filter((r) => r.date === claim.date).reduce((s, r) => s + Number(r.hours), 0);
  if (claim.outcome === 'ATTENDED' && sameDay + claim.hours > placement.maxHoursPerDay) {
    errors.push(
      userError(
        'input.hours',
        'DAILY_CAP_EXCEEDED',
        `At most ${placement.maxHoursPerDay} hours a day across all sites, the order's daily cap (never above 8); ${sameDay} already recorded on ${claim.date}.`,
        art.daily,
      ),
    );
  }
  const orderPlacements = new Set(facts.personPlacements.filter((p) => p.orderId === placement.orderId).map((p) => p.id));
  const credited = counting.filter((r) => orderPlacements.has(r.placementId)).reduce((s, r) => s + Number(r.hours), 0);
  if (claim.outcome === 'ATTENDED' && credited + claim.hours > placement.orderedHours) {
    errors.push(
      userError(
        'input.hours',
        'ORDERED_HOURS_EXCEEDED',
        `The order is for ${placement.orderedHours} hours and ${credited} are credited; at most ${placement.orderedHours - credited} more.`,
        art.total,
      ),
    );
  }
  return errors;
}
