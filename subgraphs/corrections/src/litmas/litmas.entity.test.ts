import { isOverdue } from './litmas.entity';

describe('Litmas overdue (3×24 hours, PP 65/2015)', () => {
  it('counts hours, not calendar days, across a day boundary in Asia/Jakarta', () => {
    // Requested Monday 23:30 WIB (16:30 UTC); due Thursday 23:30 WIB.
    const requestedAt = new Date('2026-11-23T16:30:00Z');
    const dueAt = new Date(requestedAt.getTime() + 72 * 3_600_000);
    expect(dueAt.toISOString()).toBe('2026-11-26T16:30:00.000Z');
    expect(isOverdue({ dueAt, submittedAt: null }, new Date('2026-11-26T16:29:59Z'))).toBe(false);
    expect(isOverdue({ dueAt, submittedAt: null }, new Date('2026-11-26T16:30:01Z'))).toBe(true);
    // Submitted on Thursday's Jakarta date but after the hour: late.
    expect(isOverdue({ dueAt, submittedAt: new Date('2026-11-26T16:45:00Z') }, new Date('2026-11-30T00:00:00Z'))).toBe(true);
    expect(isOverdue({ dueAt, submittedAt: new Date('2026-11-26T16:00:00Z') }, new Date('2026-11-30T00:00:00Z'))).toBe(false);
  });
});
