import { daysUntil } from './format';

/** The facts of a client that carry deadlines (any of them may be missing when an agency did not answer). */
export interface DeadlineSource {
  cases?: ReadonlyArray<{
    caseNumber: string;
    diversion?: { status: string; startBy?: string | null; deadline?: string | null } | null;
    socialInquiryReports?: ReadonlyArray<{
      purpose: string;
      dueAt: string;
      submittedAt?: string | null;
      overdue: boolean;
    }> | null;
  }> | null;
  communityServiceOrders?: ReadonlyArray<{
    status: string;
    deadline: string;
    onTrack?: boolean | null;
    breachSignal?: boolean | null;
  }> | null;
}

export type DeadlineKind = 'LITMAS' | 'DIVERSION_START' | 'DIVERSION_END' | 'ORDER';

/** One upcoming (or missed) deadline. */
export interface Deadline {
  kind: DeadlineKind;
  /** A date (YYYY-MM-DD) or an instant. */
  at: string;
  days: number;
  detail: string;
}

/** Every open deadline of a client: Litmas due, diversion start and end, order deadline. */
export function deadlinesOf(client: DeadlineSource, now: Date = new Date()): Deadline[] {
  const out: Deadline[] = [];
  for (const c of client.cases ?? []) {
    for (const r of c.socialInquiryReports ?? []) {
      if (!r.submittedAt) out.push({ kind: 'LITMAS', at: r.dueAt, days: daysUntil(r.dueAt, now), detail: r.purpose });
    }
    const d = c.diversion;
    if (d?.status === 'NOT_STARTED' && d.startBy) {
      out.push({ kind: 'DIVERSION_START', at: d.startBy, days: daysUntil(d.startBy, now), detail: c.caseNumber });
    }
    if (d?.status === 'IN_PROGRESS' && d.deadline) {
      out.push({ kind: 'DIVERSION_END', at: d.deadline, days: daysUntil(d.deadline, now), detail: c.caseNumber });
    }
  }
  for (const o of client.communityServiceOrders ?? []) {
    if (o.status === 'ACTIVE' || o.status === 'PENDING_PLACEMENT') {
      out.push({ kind: 'ORDER', at: o.deadline, days: daysUntil(o.deadline, now), detail: o.status });
    }
  }
  return out.sort((a, b) => a.at.localeCompare(b.at));
}

/** The earliest open deadline, or null. */
export function nextDeadline(client: DeadlineSource, now: Date = new Date()): Deadline | null {
  return deadlinesOf(client, now)[0] ?? null;
}

export type Signal = 'BREACH' | 'OVERDUE' | 'OFF_TRACK' | 'ON_TRACK' | 'UNKNOWN' | 'NONE';

/**
 * The client's worst signal: a breach signal on an order, an overdue Litmas or missed diversion date,
 * an order off track; UNKNOWN when the hours ledger did not answer, so an outage never reads as "on track".
 */
export function signalOf(client: DeadlineSource, now: Date = new Date()): Signal {
  const orders = (client.communityServiceOrders ?? []).filter((o) => o.status === 'ACTIVE' || o.status === 'PENDING_PLACEMENT');
  if (orders.some((o) => o.breachSignal === true)) return 'BREACH';
  if (deadlinesOf(client, now).some((d) => d.days < 0)) return 'OVERDUE';
  if ((client.cases ?? []).some((c) => (c.socialInquiryReports ?? []).some((r) => r.overdue && !r.submittedAt))) return 'OVERDUE';
  if (orders.some((o) => o.onTrack === false)) return 'OFF_TRACK';
  if (orders.some((o) => o.onTrack === null || o.onTrack === undefined || o.breachSignal === null)) return 'UNKNOWN';
  // Nothing to be on track with: no open order and no open deadline.
  if (orders.length === 0 && deadlinesOf(client, now).length === 0) return 'NONE';
  return 'ON_TRACK';
}
