import { userError, type UserError } from '@hub/federation';
import { dueDates, type GuidancePlan } from './guidance.entity';
import type { RecordGuidanceReportInput, SetGuidancePlanInput } from './guidance.input';

/** The ways a report is made under the reporting duty. */
export const REPORT_MODES = ['OFFICE', 'PHONE', 'HOME_VISIT'];

/** A guidance plan: a term, a reporting interval of 1 to 90 days, goals, a PK, and one plan per client. */
export function checkPlan(input: SetGuidancePlanInput, officerId: string | null, planExists: boolean): UserError[] {
  const errors: UserError[] = [];
  if (input.endsOn <= input.startsOn)
    errors.push(userError('input.endsOn', 'TERM_BEFORE_START', 'The plan ends after it starts.'));
  if (!Number.isInteger(input.reportEveryDays) || input.reportEveryDays < 1 || input.reportEveryDays > 90)
    errors.push(userError('input.reportEveryDays', 'INVALID_INTERVAL', 'Report every 1 to 90 days.'));
  if (input.goals.trim().length < 10)
    errors.push(userError('input.goals', 'GOALS_REQUIRED', 'Write the goals (at least 10 characters).'));
  if (!officerId) errors.push(userError('input.clientId', 'NO_OFFICER', 'Assign a PK to the client first.'));
  // One plan per client, kept with its reports: the reporting record is never rewritten.
  if (planExists) errors.push(userError('input.clientId', 'PLAN_EXISTS', 'The client has a guidance plan already.'));
  return errors;
}

/** A report answers a scheduled day of the plan, once, made by now, in a known mode. */
export function checkReport(
  plan: GuidancePlan,
  input: RecordGuidanceReportInput,
  dayRecorded: boolean,
  today: string,
): UserError[] {
  const errors: UserError[] = [];
  if (!dueDates(plan, plan.endsOn).includes(input.dueOn))
    errors.push(
      userError(
        'input.dueOn',
        'NOT_A_REPORTING_DAY',
        `Reporting days are every ${plan.reportEveryDays} days from ${plan.startsOn}.`,
      ),
    );
  if (input.reportedOn > today) errors.push(userError('input.reportedOn', 'DATE_IN_FUTURE', 'A report is recorded once made.'));
  if (!REPORT_MODES.includes(input.mode))
    errors.push(userError('input.mode', 'INVALID_MODE', `Use one of ${REPORT_MODES.join(', ')}.`));
  if (dayRecorded) errors.push(userError('input.dueOn', 'DAY_ALREADY_RECORDED', 'That reporting day is recorded already.'));
  return errors;
}
