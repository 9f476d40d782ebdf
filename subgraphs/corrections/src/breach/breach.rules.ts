import type { OrderRules } from '@hub/reference';
import { userError, type UserError } from '@hub/federation';
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
): { legalBasis: string | null; violations: UserError[] } {
  const { orderRules } = facts;
  if (outcome === 'NO_BREACH') {
    return amount === null
      ? { legalBasis: orderRules.noBreachArticle, violations: [] }
      : {
          legalBasis: null,
          violations: [
            userError('amount', 'AMOUNT_NOT_APPLICABLE', 'A finding of no breach has no amount.', orderRules.noBreachArticle),
          ],
        };
  }
  const article = orderRules.breachOutcomes[outcome];
  if (!article) {
    return {
      legalBasis: null,
      violations: [
        userError(
          'outcome',
          'OUTCOME_NOT_AVAILABLE',
          `A ${orderRules.kind} order replaces no prison term or fine: the only consequence of a breach is repeating the hours.`,
          orderRules.breachOutcomes.REPEAT_HOURS ?? orderRules.noBreachArticle,
        ),
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
        userError(
          'outcome',
          outcome === 'SERVE_REPLACED_PRISON' ? 'NO_REPLACED_PRISON_TERM' : 'NO_REPLACED_FINE',
          `The order records no replaced ${outcome === 'SERVE_REPLACED_PRISON' ? 'prison term' : 'fine'} (KUHP Art. 85(1)); this outcome needs one.`,
          article,
        ),
      ],
    };
  }
  if (amount === null || !Number.isInteger(amount) || amount < 1 || amount > limit) {
    return {
      legalBasis: null,
      violations: [
        userError('amount', 'AMOUNT_OUT_OF_RANGE', `All or part: from 1 to ${limit.toLocaleString('id-ID')} ${unit}.`, article),
      ],
    };
  }
  return { legalBasis: article, violations: [] };
}
