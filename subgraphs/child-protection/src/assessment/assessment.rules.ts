import { userError, type UserError } from '@hub/federation';
import { jakartaDate } from '@hub/reference';
import type { ProtectionCase } from '../protection-case/protection-case.entity';
import type { RecordAssessmentInput, SetInterventionPlanInput } from './assessment.input';

/** An assessment: on an open case, dated from the intake to today, with at least one need, by a caseworker. */
export function checkAssessment(
  pc: Pick<ProtectionCase, 'status' | 'openedAt'>,
  input: Pick<RecordAssessmentInput, 'assessedOn' | 'needs'>,
  caseworkerId: string | null,
  today: string,
): UserError[] {
  const errors: UserError[] = [];
  if (pc.status === 'CLOSED')
    errors.push(userError('input.protectionCaseId', 'CASE_CLOSED', 'The case is closed and read-only.'));
  if (input.assessedOn > today || input.assessedOn < jakartaDate(pc.openedAt)) {
    errors.push(userError('input.assessedOn', 'DATE_OUT_OF_RANGE', 'The assessment date is between the intake and today.'));
  }
  if (input.needs.length === 0) errors.push(userError('input.needs', 'NEEDS_REQUIRED', 'Name at least one need.'));
  if (!caseworkerId)
    errors.push(userError('input.protectionCaseId', 'NOT_A_CASEWORKER', 'Your account is not linked to a caseworker record.'));
  return errors;
}

/** An intervention plan: on an assessed, open case, with goals and at least one planned service. */
export function checkInterventionPlan(
  pc: Pick<ProtectionCase, 'status'>,
  input: Pick<SetInterventionPlanInput, 'goals' | 'plannedServices'>,
): UserError[] {
  const errors: UserError[] = [];
  if (pc.status === 'CLOSED')
    errors.push(userError('input.protectionCaseId', 'CASE_CLOSED', 'The case is closed and read-only.'));
  if (pc.status === 'INTAKE')
    errors.push(userError('input.protectionCaseId', 'NOT_ASSESSED', 'Assess the child before planning the intervention.'));
  if (input.goals.trim().length < 10)
    errors.push(userError('input.goals', 'GOALS_REQUIRED', 'Write the goals (at least 10 characters).'));
  if (input.plannedServices.length === 0)
    errors.push(userError('input.plannedServices', 'SERVICES_REQUIRED', 'Plan at least one service.'));
  return errors;
}
