import { userError, type UserError } from '@hub/federation';
import { isDistrictCode } from '@hub/reference';
import type { CooperationAgreement } from './agreement.entity';
import type { RegisterCooperationAgreementInput, TerminateCooperationAgreementInput } from './agreement.input';

/**
 * A cooperation agreement: a new number, in force on or after its signing, a term that ends after it
 * starts, Jambi districts, at least two parties and signatories, data shared only between parties.
 */
export function checkAgreement(input: RegisterCooperationAgreementInput, numberTaken: boolean): UserError[] {
  const errors: UserError[] = [];
  if (input.number.trim().length < 3) errors.push(userError('input.number', 'NUMBER_REQUIRED', 'Give the agreement number.'));
  else if (numberTaken)
    errors.push(userError('input.number', 'DUPLICATE_NUMBER', `Agreement ${input.number} is registered already.`));
  if (input.effectiveFrom < input.signedOn)
    errors.push(userError('input.effectiveFrom', 'BEFORE_SIGNING', 'An agreement comes into force on or after its signing.'));
  if (input.effectiveUntil && input.effectiveUntil < input.effectiveFrom)
    errors.push(userError('input.effectiveUntil', 'TERM_BEFORE_START', 'The term ends after it starts.'));
  const unknown = input.districtCodes.filter((d) => !isDistrictCode(d));
  if (!input.districtCodes.length || unknown.length)
    errors.push(userError('input.districtCodes', 'UNKNOWN_DISTRICT', 'Give the Jambi districts it covers by BPS code.'));
  if (input.parties.length < 2)
    errors.push(userError('input.parties', 'PARTIES_REQUIRED', 'An agreement has at least two parties.'));
  if (input.signatories.length < 2)
    errors.push(userError('input.signatories', 'SIGNATORIES_REQUIRED', 'Name a signatory of each party.'));
  const agencies = new Set(input.parties.map((p) => p.agency));
  if (input.dataSharing.some((s) => !agencies.has(s.fromAgency) || !agencies.has(s.toAgency)))
    errors.push(userError('input.dataSharing', 'NOT_A_PARTY', 'Data is shared only between parties to the agreement.'));
  return errors;
}

/** Terminating: once, not before it came into force, with a reason. */
export function checkTermination(agreement: CooperationAgreement, input: TerminateCooperationAgreementInput): UserError[] {
  const errors: UserError[] = [];
  if (agreement.terminatedOn)
    errors.push(userError('input.agreementId', 'ALREADY_TERMINATED', `It was terminated on ${agreement.terminatedOn}.`));
  if (input.terminatedOn < agreement.effectiveFrom)
    errors.push(userError('input.terminatedOn', 'BEFORE_START', `It came into force on ${agreement.effectiveFrom}.`));
  if (input.reason.trim().length < 10)
    errors.push(userError('input.reason', 'REASON_REQUIRED', 'Give the reason (at least 10 characters).'));
  return errors;
}
