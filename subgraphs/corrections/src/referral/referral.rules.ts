import { userError, type UserError } from '@hub/federation';
import { isDistrictCode } from '@hub/reference';
import type { Client } from '../client/client.entity';
import type { ReferClientInput } from './referral.input';

/** What a referral's rules look at besides the input. */
export interface ReferralFacts {
  /** The receiving district: the one given, or the client's. */
  district: string;
  /** Why no agreement in force lets Bapas share the identity with that district, or null. */
  sharingRefusal: string | null;
  /** The client has an open referral to DP3AP2KB already. */
  alreadyOpen: boolean;
  /** The PK who sends it: the caller, or the client's PK. */
  officerId: string | null;
}

/**
 * Referring a client to DP3AP2KB: a Jambi district, services from the list, each once, a reason, an
 * open guidance, an agreement in force for the district (sending it shares the child's identity), one
 * open referral at a time, and a PK to send it.
 */
export function checkReferral(input: ReferClientInput, client: Pick<Client, 'status'>, facts: ReferralFacts): UserError[] {
  const errors: UserError[] = [];
  if (!isDistrictCode(facts.district))
    errors.push(userError('input.districtCode', 'UNKNOWN_DISTRICT', `"${facts.district}" is not a Jambi district code.`));
  if (input.services.length === 0)
    errors.push(userError('input.services', 'SERVICES_REQUIRED', 'Name at least one service the child needs.'));
  if (new Set(input.services).size !== input.services.length)
    errors.push(userError('input.services', 'DUPLICATE_SERVICE', 'Name each service once.'));
  if (input.reason.trim().length < 10)
    errors.push(userError('input.reason', 'REASON_REQUIRED', 'Explain the referral (at least 10 characters).'));
  if (client.status === 'CLOSED') errors.push(userError('input.clientId', 'CLIENT_CLOSED', "The client's guidance is closed."));
  if (facts.sharingRefusal) errors.push(userError('input.districtCode', 'NO_AGREEMENT_IN_FORCE', facts.sharingRefusal));
  if (facts.alreadyOpen) {
    errors.push(
      userError(
        'input.clientId',
        'REFERRAL_ALREADY_OPEN',
        'The client already has an open referral to DP3AP2KB; withdraw it first.',
      ),
    );
  }
  if (errors.length) return errors;
  if (!facts.officerId) return [userError('input.clientId', 'NO_OFFICER', 'Assign a PK to the client before referring them.')];
  return [];
}

/** A withdrawal says why. */
export function checkWithdrawal(reason: string): UserError[] {
  return reason.trim().length < 5 ? [userError('input.reason', 'REASON_REQUIRED', 'Say why the referral is withdrawn.')] : [];
}

/** Closing on a decline gives DP3AP2KB's reason. */
export function checkDeclineReason(reason: string): UserError[] {
  return reason.trim().length < 10
    ? [userError('input.reason', 'REASON_REQUIRED', 'Explain why the referral is declined (at least 10 characters).')]
    : [];
}

/** The answer to a referral another district asks about, or one that does not exist. */
export const referralNotFound = (): UserError =>
  userError('input.referralId', 'REFERRAL_NOT_FOUND', 'No referral with this id for your district.');

/** Only an open referral changes. */
export const referralNotOpen = (status: string, what: 'withdrawn' | 'closed'): UserError =>
  what === 'withdrawn'
    ? userError('input.referralId', 'REFERRAL_NOT_OPEN', 'Only an open referral can be withdrawn.')
    : userError('input.referralId', 'REFERRAL_NOT_OPEN', `The referral is ${status}; only an open referral can be closed.`);
