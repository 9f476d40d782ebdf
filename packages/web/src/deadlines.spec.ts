import { describe, expect, it } from 'vitest';
import { deadlinesOf, nextDeadline, signalOf } from './deadlines';

// 2026-11-20 10:00 in Jakarta.
const now = new Date('2026-11-20T03:00:00Z');

describe('a client’s next deadline and signal', () => {
  it('takes the earliest open deadline across Litmas, diversion and orders', () => {
    const client = {
      cases: [
        {
          caseNumber: 'LP/1',
          diversion: { status: 'NOT_STARTED', startBy: '2026-11-24', deadline: null },
          socialInquiryReports: [
            { purpose: 'DIVERSION', dueAt: '2026-11-22T05:00:00Z', submittedAt: null, overdue: false },
            { purpose: 'TRIAL', dueAt: '2026-11-21T05:00:00Z', submittedAt: '2026-11-19T05:00:00Z', overdue: false },
          ],
        },
      ],
      communityServiceOrders: [{ status: 'ACTIVE', deadline: '2027-01-31', onTrack: true, breachSignal: false }],
    };
    expect(deadlinesOf(client, now).map((d) => d.kind)).toEqual(['LITMAS', 'DIVERSION_START', 'ORDER']);
    expect(nextDeadline(client, now)).toMatchObject({ kind: 'LITMAS', days: 2 });
    expect(signalOf(client, now)).toBe('ON_TRACK');
  });

  it('signals a breach before anything else, and an overdue date before an order off track', () => {
    const order = { status: 'ACTIVE', deadline: '2027-01-31', onTrack: false, breachSignal: false };
    expect(signalOf({ communityServiceOrders: [{ ...order, breachSignal: true }] }, now)).toBe('BREACH');
    expect(
      signalOf(
        {
          cases: [{ caseNumber: 'LP/2', diversion: { status: 'IN_PROGRESS', deadline: '2026-11-19' } }],
          communityServiceOrders: [order],
        },
        now,
      ),
    ).toBe('OVERDUE');
    expect(signalOf({ communityServiceOrders: [order] }, now)).toBe('OFF_TRACK');
  });

  it('says the hours are unknown, not on track, when the work-site agency did not answer', () => {
    expect(
      signalOf(
        { communityServiceOrders: [{ status: 'ACTIVE', deadline: '2027-01-31', onTrack: null, breachSignal: null }] },
        now,
      ),
    ).toBe('UNKNOWN');
  });

  it('gives no signal to a client with nothing open, and tolerates missing lists', () => {
    expect(signalOf({ cases: null, communityServiceOrders: null }, now)).toBe('NONE');
    expect(nextDeadline({ cases: null, communityServiceOrders: null }, now)).toBeNull();
  });
});
