import { isOnTrack, remainingHours } from './order.rules';

describe('the hours ledger', () => {
  // Monday 23 November 2026, 09:00 WIB.
  const now = new Date('2026-11-23T02:00:00Z');

  it('is on track when the remaining hours fit the working days left at the daily cap', () => {
    // Mon 23 to Sat 28 November: 6 working days × 3 h = 18 h.
    expect(isOnTrack(18, '2026-11-28', 3, now)).toBe(true);
    expect(isOnTrack(19, '2026-11-28', 3, now)).toBe(false);
  });

  it('is on track once nothing remains, even past the deadline', () => {
    expect(isOnTrack(0, '2026-01-01', 8, now)).toBe(true);
    expect(isOnTrack(1, '2026-11-22', 8, now)).toBe(false);
  });

  it('never owes negative hours', () => {
    expect(remainingHours(40, 42)).toBe(0);
  });
});
