import { rulesOn } from '@hub/reference';
import { checkBreachOutcome, type BreachOrderFacts } from './breach.rules';

const rules = rulesOn('2026-06-01');
const adult: BreachOrderFacts = { orderRules: rules.adult, orderedHours: 120, replacedPrisonMonths: 4, replacedFineRupiah: null };
const child: BreachOrderFacts = {
  orderRules: rules.child,
  orderedHours: 60,
  replacedPrisonMonths: null,
  replacedFineRupiah: null,
};
const codes = (f: BreachOrderFacts, o: Parameters<typeof checkBreachOutcome>[1], a: number | null) =>
  checkBreachOutcome(f, o, a).violations.map((v) => v.code);

describe('breach outcomes (KUHP Art. 85(7); SPPA Art. 76(2))', () => {
  it('serves all or part of the replaced prison term, on both sides of the line', () => {
    expect(checkBreachOutcome(adult, 'SERVE_REPLACED_PRISON', 4)).toEqual({ legalBasis: 'KUHP Art. 85(7)(b)', violations: [] });
    expect(codes(adult, 'SERVE_REPLACED_PRISON', 1)).toEqual([]);
    expect(codes(adult, 'SERVE_REPLACED_PRISON', 5)).toEqual(['AMOUNT_OUT_OF_RANGE']);
    expect(codes(adult, 'SERVE_REPLACED_PRISON', 0)).toEqual(['AMOUNT_OUT_OF_RANGE']);
  });

  it('pays a replaced fine only when the order replaced one (KUHP Art. 85(1), 85(7)(c))', () => {
    expect(codes(adult, 'PAY_REPLACED_FINE', 1_000_000)).toEqual(['NO_REPLACED_FINE']);
    const fined = { ...adult, replacedPrisonMonths: null, replacedFineRupiah: 2_000_000 };
    expect(checkBreachOutcome(fined, 'PAY_REPLACED_FINE', 2_000_000).legalBasis).toBe('KUHP Art. 85(7)(c)');
    expect(codes(fined, 'PAY_REPLACED_FINE', 2_000_001)).toEqual(['AMOUNT_OUT_OF_RANGE']);
    expect(codes(fined, 'SERVE_REPLACED_PRISON', 1)).toEqual(['NO_REPLACED_PRISON_TERM']);
  });

  it('repeats the hours: KUHP Art. 85(7)(a) for adults, SPPA Art. 76(2) for children, at most the ordered hours', () => {
    expect(checkBreachOutcome(adult, 'REPEAT_HOURS', 120).legalBasis).toBe('KUHP Art. 85(7)(a)');
    expect(checkBreachOutcome(child, 'REPEAT_HOURS', 60).legalBasis).toBe('SPPA Art. 76(2)');
    expect(codes(child, 'REPEAT_HOURS', 61)).toEqual(['AMOUNT_OUT_OF_RANGE']);
  });

  it("refuses a prison term or fine for a child's order, citing SPPA Art. 76(2)", () => {
    const refused = checkBreachOutcome(child, 'SERVE_REPLACED_PRISON', 1).violations[0]!;
    expect(refused).toMatchObject({ code: 'OUTCOME_NOT_AVAILABLE', article: 'SPPA Art. 76(2)' });
    expect(codes(child, 'PAY_REPLACED_FINE', 1)).toEqual(['OUTCOME_NOT_AVAILABLE']);
  });

  it('finds no breach (a valid reason) without an amount', () => {
    expect(checkBreachOutcome(adult, 'NO_BREACH', null)).toEqual({ legalBasis: 'KUHP Art. 85(7)', violations: [] });
    expect(codes(adult, 'NO_BREACH', 3)).toEqual(['AMOUNT_NOT_APPLICABLE']);
  });
});
