import type { Viewer } from '@hub/auth';
import type { ReferralResponse } from './referral-response.entity';

/**
 * Whether an earlier response is the caller's to see: its referral was for one of the caller's
 * districts (kept in the snapshot taken when it was answered). Checked before any replay, so that
 * another district learns nothing, not even that the referral exists.
 */
export function responseInScope(viewer: Viewer, response: ReferralResponse): boolean {
  const snapshot = response.referralSnapshot as { client?: { district?: { code?: string } } };
  const district = snapshot.client?.district?.code;
  return !!district && viewer.districts.includes(district);
}
