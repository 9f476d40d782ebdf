import { dailyCap, diversionEligibility, litmasDueAt, rulesOn } from './law';

const rules = rulesOn('2026-11-20');

describe('the daily cap of hours, decided in one function', () => {
  it("takes the judgment's cap when it sets one, up to the ceiling of KUHP Art. 85(5)", () => {
    expect(dailyCap(rules.adult, 6)).toMatchObject({ hours: 6, source: 'JUDGMENT', lawful: true, ceiling: 8 });
    expect(dailyCap(rules.child, 8)).toMatchObject({ hours: 8, source: 'JUDGMENT', lawful: true });
    expect(dailyCap(rules.adult, 9)).toMatchObject({ hours: 9, lawful: false, article: 'KUHP Art. 85(5)' });
    expect(dailyCap(rules.child, 0).lawful).toBe(false);
    expect(dailyCap(rules.adult, 2.5).lawful).toBe(false);
  });

  it("falls back to the rule set's default when the judgment sets none: adults 8, children 3 (no statute)", () => {
    expect(dailyCap(rules.adult)).toMatchObject({ hours: 8, source: 'RULE_SET_DEFAULT', lawful: true });
    expect(dailyCap(rules.child, null)).toMatchObject({ hours: 3, source: 'RULE_SET_DEFAULT', lawful: true });
  });
});

describe('the Litmas due date, computed in one function', () => {
  it("is 3×24 hours after an investigator's or a diversion request (PP 65/2015), counting hours across days", () => {
    const requestedAt = new Date('2026-11-23T16:30:00Z'); // Monday 23:30 WIB
    expect(litmasDueAt('TRIAL', 'INVESTIGATOR', requestedAt).dueAt.toISOString()).toBe('2026-11-26T16:30:00.000Z');
    expect(litmasDueAt('DIVERSION', null, requestedAt)).toMatchObject({
      hours: 72,
      basis: expect.stringContaining('PP 65/2015') as string,
    });
  });

  it("takes other purposes' office deadlines from the rule set of the request's day", () => {
    const requestedAt = new Date('2026-11-23T02:00:00Z');
    const due = litmasDueAt('GUIDANCE', 'CORRECTIONAL_INSTITUTION', requestedAt);
    expect(due.hours).toBe(rules.litmas.byPurpose['GUIDANCE']);
    expect(due.dueAt.getTime() - requestedAt.getTime()).toBe(14 * 24 * 3_600_000);
    expect(due.basis).not.toContain('PP 65/2015');
  });
});

describe('diversion eligibility, computed in one function', () => {
  it('is mandatory under the threatened term of the rule set and not for a repeat offence (SPPA Art. 7(2))', () => {
    const limit = rules.diversion.maxThreatenedMonthsExclusive;
    expect(diversionEligibility(rules, limit - 1, false)).toEqual({ eligible: true, reason: 'ELIGIBLE' });
    expect(diversionEligibility(rules, limit, false)).toEqual({ eligible: false, reason: 'TERM_TOO_LONG' });
    expect(diversionEligibility(rules, 12, true)).toEqual({ eligible: false, reason: 'REPEAT_OFFENSE' });
  });
});
