import type { Session } from '../../auth';
import { daysUntil, TIME_ZONE } from '../../format';
import type { ProtectionCaseStatus, RiskLevel } from '../../gql/graphql';

/** The DP3AP2KB roles that have a view here (DOMAIN.md §4). */
export type ProtectionRole = 'CASE_MANAGER' | 'CASEWORKER' | 'PSYCHOLOGIST';

/** True when the session holds any of the DP3AP2KB roles (for routing only: the subgraph checks every request). */
export function hasProtectionRole(session: Session | null, ...roles: ProtectionRole[]): boolean {
  return !!session && session.roles.some((r) => (roles as string[]).includes(r));
}

/**
 * Whether the signed-in account is linked to a caseworker record (the token's `caseworker_id`):
 * assessments and services are recorded in a caseworker's name, so only such an account can record
 * them (the subgraph refuses others with NOT_A_CASEWORKER). For what the page offers, never for access.
 */
export function isLinkedCaseworker(session: Session | null): boolean {
  const part = session?.token.split('.')[1];
  if (!part) return false;
  try {
    const claims = JSON.parse(atob(part.replace(/-/g, '+').replace(/_/g, '/'))) as Record<string, unknown>;
    return typeof claims['caseworker_id'] === 'string' && claims['caseworker_id'] !== '';
  } catch {
    return false;
  }
}

/** Risk levels in the order a case manager works them: high risk first. */
export const RISK_ORDER: readonly RiskLevel[] = ['HIGH', 'MEDIUM', 'LOW'];

/** Whole days a referral has waited since it was sent, by the calendar in Asia/Jakarta (0 = sent today). */
export function referralAgeDays(sentAt: string, now: Date = new Date()): number {
  return Math.max(0, -daysUntil(sentAt, now));
}

/**
 * The stages a staff member may move a case to by hand, as the subgraph allows them (its
 * CASE_TRANSITIONS, without CLOSED, which has its own form with a reason and summary). A closed case
 * has none: only the case manager's reopening brings it back. The subgraph remains the judge.
 */
export function nextStages(status: ProtectionCaseStatus): ProtectionCaseStatus[] {
  switch (status) {
    case 'INTAKE':
      return ['ASSESSMENT'];
    case 'ASSESSMENT':
      return ['INTERVENTION'];
    case 'INTERVENTION':
      return ['MONITORING'];
    case 'MONITORING':
      return ['INTERVENTION'];
    case 'CLOSED':
      return [];
  }
}

/** An instant as the value of a `datetime-local` input in Asia/Jakarta (WIB), e.g. "2026-11-20T10:05". */
export function wibInputValue(instant: Date = new Date()): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: TIME_ZONE,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  return `${parts['year']}-${parts['month']}-${parts['day']}T${parts['hour']}:${parts['minute']}`;
}

/**
 * The value of a `datetime-local` input, read as a time in Asia/Jakarta (WIB, UTC+7 all year: no
 * daylight saving), as an ISO instant; null when it is not a complete date and time.
 */
export function wibInputToInstant(value: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value);
  if (!m) return null;
  const instant = new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6] ?? '00'}+07:00`);
  return Number.isNaN(instant.getTime()) ? null : instant.toISOString();
}
