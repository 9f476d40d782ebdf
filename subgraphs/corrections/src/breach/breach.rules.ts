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

/** What filing a breach report looks at. */
export interface FilingFacts {
  orderStatus: string;
  orderStartDate: string;
  /** A report on the order waits for its outcome already. */
  reportPending: boolean;
  today: string;
}

/** Filing: an active order, one report waiting at a time, the absence days from the order's start to today, the reasons in words. */
export function checkFiling(facts: FilingFacts, absenceDates: string[], reasons: string): UserError[] {
  const errors: UserError[] = [];
  if (facts.orderStatus !== 'ACTIVE')
    errors.push(
      userError('input.orderId', 'ORDER_NOT_ACTIVE', `The order is ${facts.orderStatus}; only an active order is reported.`),
    );
  if (facts.reportPending)
    errors.push(
      userError('input.orderId', 'REPORT_PENDING', 'A breach report on this order is waiting for its outcome already.'),
    );
  const dates = distinctDays(absenceDates);
  if (dates.length === 0)
    errors.push(userError('input.absenceDates', 'ABSENCES_REQUIRED', 'Give the days of the absences without valid reason.'));
  else if (dates[0]! < facts.orderStartDate || dates[dates.length - 1]! > facts.today)
    errors.push(
      userError(
        'input.absenceDates',
        'DATE_OUT_OF_RANGE',
        `The absences fall between the order's start (${facts.orderStartDate}) and today.`,
      ),
    );
  if (reasons.trim().length < 20)
    errors.push(
      userError('input.reasons', 'REASONS_REQUIRED', 'Describe what happened and the reasons given (at least 20 characters).'),
    );
  return errors;
}

/** The absence days, each once, in order. */
export function distinctDays(dates: string[]): string[] {
  return [...new Set(dates)].sort();
}

/** Deciding: a report not decided yet, with the decision's number. */
export function checkDecision(report: { status: string; decidedAt: Date | null }, decisionReference: string): UserError[] {
  const errors: UserError[] = [];
  if (report.status !== 'FILED')
    errors.push(
      userError('input.reportId', 'ALREADY_DECIDED', `The outcome was recorded on ${report.decidedAt?.toISOString()}.`),
    );
  if (decisionReference.trim().length < 5)
    errors.push(userError('input.decisionReference', 'DECISION_REFERENCE_REQUIRED', 'Give the number of the decision.'));
  return errors;
}
