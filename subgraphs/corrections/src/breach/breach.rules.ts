import type { OrderRules } from '@hub/reference';
import type { RuleViolation } from '../order/order.rules';
import type { BreachOutcomeCode } from './breach.entity';

/** What the outcome rules look at on the order. */
export interface BreachOrderFacts {
  orderRules: OrderRules;
  orderedHours: number;
  replacedPrisonMonths: number | null;
  replacedFineRupiah: number | null;
}

/**
 * Checks a breach outcome against the order (KUHP Art. 85(7); SPPA Art. 76(2) for children) and
 * returns its legal basis, or the refusals. "All or part": the amount is at least 1 and at most
 * what the order holds.
 */
export function checkBreachOutcome(
  facts: BreachOrderFacts,
  outcome: BreachOutcomeCode,
  amount: number | null,
): { legalBasis: string | null; violations: RuleViolation[] } {
  const { orderRules } = facts;
  if (outcome === 'NO_BREACH') {
    return amount === null
      ? { legalBasis: orderRules.noBreachArticle, violations: [] }
      : {
          legalBasis: null,
          violations: [
            {
              field: 'amount',
              code: 'AMOUNT_NOT_APPLICABLE',
              message: 'A finding of no breach has no amount.',
              article: orderRules.noBreachArticle,
            },
          ],
        };
  }
  const article = orderRules.breachOutcomes[outcome];
  if (!article) {
    return {
      legalBasis: null,
      violations: [
        {
          field: 'outcome',
          code: 'OUTCOME_NOT_AVAILABLE',
          message: `A ${orderRules.kind} order replaces no prison term or fine: the only consequence of a breach is repeating the hours.`,
          article: orderRules.breachOutcomes.REPEAT_HOURS ?? orderRules.noBreachArticle,
        },
      ],
    };
  }
  const limit =
    outcome === 'REPEAT_HOURS'
      ? facts.orderedHours
      : outcome === 'SERVE_REPLACED_PRISON'
        ? facts.replacedPrisonMonths
        : facts.replacedFineRupiah;
  const unit = outcome === 'REPEAT_HOURS' ? 'hours' : outcome === 'SERVE_REPLACED_PRISON' ? 'months' : 'rupiah';
  if (limit === null) {
    return {
      legalBasis: null,
      violations: [
        {
          field: 'outcome',
          code: outcome === 'SERVE_REPLACED_PRISON' ? 'NO_REPLACED_PRISON_TERM' : 'NO_REPLACED_FINE',
          message: `The order records no replaced ${outcome === 'SERVE_REPLACED_PRISON' ? 'prison term' : 'fine'} (KUHP Art. 85(1)); this outcome needs one.`,
          article,
        },
      ],
    };
  }
  if (amount === null || !Number.isInteger(amount) || amount < 1 || amount > limit) {
    return {
      legalBasis: null,
      violations: [
        {
          field: 'amount',
          code: 'AMOUNT_OUT_OF_RANGE',
          message: `All or part: from 1 to ${limit.toLocaleString('id-ID')} ${unit}.`,
          article,
        },
      ],
    };
  }
  return { legalBasis: article, violations: [] };
}
