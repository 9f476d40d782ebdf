import { userError, type UserError } from '@hub/federation';
import { ageOn, isDistrictCode } from '@hub/reference';
import type { Caseworker } from '../caseworker/caseworker.entity';
import type { ProtectionCaseStatusCode } from '../enums';
import type { OpenProtectionCaseInput } from './protection-case.input';
import type { ProtectionCase } from './protection-case.entity';

/** Checks an intake; each problem names its field. */
export function checkIntake(input: OpenProtectionCaseInput, viewerDistricts: string[], today: string): UserError[] {
  const errors: UserError[] = [];
  if (!isDistrictCode(input.districtCode))
    errors.push(userError('input.districtCode', 'UNKNOWN_DISTRICT', `"${input.districtCode}" is not a Jambi district code.`));
  else if (!viewerDistricts.includes(input.districtCode))
    errors.push(userError('input.districtCode', 'OTHER_DISTRICT', 'Open cases for your own district.'));
  if (input.childRole === 'VICTIM' && input.concerns.length === 0)
    errors.push(userError('input.concerns', 'CONCERNS_REQUIRED', 'Name at least one violence type for a victim.'));
  if (input.child.fullName.trim().length < 2)
    errors.push(userError('input.child.fullName', 'NAME_REQUIRED', "Give the child's name."));
  if (input.child.birthDate > today)
    errors.push(userError('input.child.birthDate', 'IMPLAUSIBLE_BIRTH_DATE', 'The birth date is in the future.'));
  else if (ageOn(input.child.birthDate, today) >= 18) {
    errors.push(
      userError('input.child.birthDate', 'NOT_A_CHILD', 'A protection case is for a person under 18.', 'UU 35/2014 Art. 1(1)'),
    );
  }
  if (input.childRole === 'IN_CONFLICT') {
    errors.push(
      userError(
        'input.childRole',
        'USE_REFERRAL',
        'A child in conflict with the law comes through a Bapas referral (acceptReferral), so that the identity stays with Bapas.',
      ),
    );
  }
  return errors;
}

/** Where a protection case may go next; a closed case may only be reopened into assessment (reopenProtectionCase). */
export const CASE_TRANSITIONS: Record<ProtectionCaseStatusCode, ProtectionCaseStatusCode[]> = {
  INTAKE: ['ASSESSMENT', 'CLOSED'],
  ASSESSMENT: ['INTERVENTION', 'CLOSED'],
  INTERVENTION: ['MONITORING', 'CLOSED'],
  MONITORING: ['INTERVENTION', 'CLOSED'],
  CLOSED: ['ASSESSMENT'],
};

/** A change of stage: along CASE_TRANSITIONS, and closing only through closeProtectionCase. */
export function checkStatusChange(pc: Pick<ProtectionCase, 'status'>, next: ProtectionCaseStatusCode): UserError[] {
  if (next === 'CLOSED')
    return [userError('input.status', 'USE_CLOSE', 'Close a case with closeProtectionCase, giving the reason and a summary.')];
  if (pc.status === 'CLOSED')
    return [
      userError(
        'input.status',
        'USE_REOPEN',
        'The case manager reopens a closed case with reopenProtectionCase, giving the reason.',
      ),
    ];
  if (!CASE_TRANSITIONS[pc.status].includes(next))
    return [
      userError(
        'input.status',
        'INVALID_TRANSITION',
        `A case in ${pc.status} can go to ${CASE_TRANSITIONS[pc.status].join(' or ')}.`,
      ),
    ];
  return [];
}

/** Shortest reason accepted for reopening a case: a few words a colleague can act on. */
export const REOPEN_REASON_MIN = 10;

/** Reopening: a closed case, with the reason (at least REOPEN_REASON_MIN characters). */
export function checkReopening(pc: Pick<ProtectionCase, 'status'>, reason: string): UserError[] {
  const errors: UserError[] = [];
  if (pc.status !== 'CLOSED') errors.push(notClosed());
  if (reason.trim().length < REOPEN_REASON_MIN)
    errors.push(
      userError('input.reason', 'REASON_REQUIRED', `Write why the case is reopened (at least ${REOPEN_REASON_MIN} characters).`),
    );
  return errors;
}

/** The refusal when the case is not (or no longer) closed. */
export const notClosed = (): UserError =>
  userError('input.protectionCaseId', 'NOT_CLOSED', 'Only a closed case can be reopened.');

/** The refusal when the case is (or became meanwhile) closed. */
export const alreadyClosed = (): UserError =>
  userError('input.protectionCaseId', 'ALREADY_CLOSED', 'The case is already closed.');

/** Closing: a case not closed yet, with a summary of at least 10 characters. */
export function checkClosing(pc: Pick<ProtectionCase, 'status'>, summary: string): UserError[] {
  const errors: UserError[] = [];
  if (pc.status === 'CLOSED') errors.push(alreadyClosed());
  if (summary.trim().length < 10)
    errors.push(userError('input.summary', 'SUMMARY_REQUIRED', 'Write a closing summary (at least 10 characters).'));
  return errors;
}

/** Assigning: a caseworker of the case's district, to a case that is not closed. */
export function checkAssignment(pc: Pick<ProtectionCase, 'status' | 'districtCode'>, worker: Caseworker | null): UserError[] {
  const errors: UserError[] = [];
  if (!worker) errors.push(userError('input.caseworkerId', 'UNKNOWN_CASEWORKER', 'No caseworker with this id.'));
  else if (worker.districtCode !== pc.districtCode)
    errors.push(userError('input.caseworkerId', 'OTHER_DISTRICT', 'The caseworker serves another district.'));
  if (pc.status === 'CLOSED')
    errors.push(userError('input.protectionCaseId', 'CASE_CLOSED', 'The case is closed and read-only.'));
  return errors;
}
