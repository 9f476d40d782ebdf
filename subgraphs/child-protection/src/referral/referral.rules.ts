import { userError, type UserError } from '@hub/federation';

/** A referral's facts as Bapas gave them through the gateway to the caller. */
export interface ReferralFacts {
  id: string;
  toAgency: string;
  status: string;
  services: string[];
  reason: string;
  /** When Bapas sent it (kept in the snapshot: the joint monitoring's days to a response). */
  sentAt: string;
  client: { id: string; displayName: string; sex: string; ageBand: string; district: { code: string } };
}

/** The answer for a referral the caller may not see, or one that does not exist. */
export const referralNotFound = (): UserError =>
  userError('input.referralId', 'REFERRAL_NOT_FOUND', 'No referral with this id for your district.');

/** Whether a referral can be answered: one Bapas showed the caller, addressed to DP3AP2KB, still open. */
export function checkAnswerable(facts: ReferralFacts | null): UserError | null {
  // Bapas answers only for referrals to the caller's own districts, so another district's is "not found".
  if (!facts) return referralNotFound();
  if (facts.toAgency !== 'DP3AP2KB')
    return userError('input.referralId', 'NOT_FOR_THIS_AGENCY', 'The referral is not addressed to DP3AP2KB.');
  if (facts.status !== 'OPEN')
    return userError(
      'input.referralId',
      'REFERRAL_NOT_OPEN',
      `The referral is ${facts.status}; only an open referral can be answered.`,
    );
  return null;
}

/** A decline gives its reason. */
export function checkDeclineReason(reason: string): UserError[] {
  return reason.trim().length < 10
    ? [userError('input.reason', 'REASON_REQUIRED', 'Explain why the referral is declined (at least 10 characters).')]
    : [];
}
