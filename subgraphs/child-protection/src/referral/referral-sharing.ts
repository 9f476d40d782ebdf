import { HubError } from '@hub/errors';
import { askGateway, GATEWAY_OPERATIONS } from '@hub/server';
import type { ChildProtectionContext } from '../context';

const CLOSE_DECLINED = GATEWAY_OPERATIONS.CloseDeclinedReferral;

interface CloseDeclinedResult {
  closeDeclinedReferral: { referral: { id: string; status: string } | null; userErrors: Array<{ code: string }> } | null;
}

/**
 * Asks Bapas (the owner, through the gateway, as the caller) to close a declined referral, so that
 * DP3AP2KB keeps no full view of a child it declined (DOMAIN.md §4 principle 3). A referral Bapas
 * withdrew meanwhile has ended the sharing too. Anything else is refused loudly: the decline stays
 * recorded and sending it again finishes the closing.
 */
export async function endSharing(ctx: ChildProtectionContext, referralId: string, reason: string): Promise<void> {
  const unfinished = () =>
    new HubError(
      'SERVICE_UNAVAILABLE',
      "The decline is recorded, but Bapas did not confirm that the referral is closed, so the child's identity may still be shared; send the decline again to finish.",
    );
  let result: CloseDeclinedResult['closeDeclinedReferral'] = null;
  try {
    const { data } = await askGateway<CloseDeclinedResult>(ctx.gatewayUrl, ctx.token, ctx.correlationId, CLOSE_DECLINED, {
      input: { referralId, reason },
    });
    result = data?.closeDeclinedReferral ?? null;
  } catch {
    throw unfinished();
  }
  if (result?.referral?.status === 'CLOSED') return;
  if (result?.userErrors.some((e) => e.code === 'REFERRAL_NOT_OPEN')) return;
  throw unfinished();
}
