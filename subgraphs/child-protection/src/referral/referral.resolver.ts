import { mutation, mutationsOf } from '@hub/server';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ChildProtectionContext } from '../context';
import { ProtectionCase } from '../protection-case/protection-case.entity';
import { protectionCaseReferenceScope } from '../protection-case/protection-case.access';
import { ReferralResponse } from './referral-response.entity';
import { AcceptReferralInput, DeclineReferralInput, ReferralResponsePayload } from './referral.input';
import { ReferralRef } from './referral.ref';
import { acceptReferral, declineReferral } from './referral.service';

@Resolver(() => ReferralRef)
export class ReferralResolver {
  @FieldResolver(() => ReferralResponse, {
    nullable: true,
    description: "DP3AP2KB's response: decision, by whom, when, why, and the case opened.",
  })
  async response(@Root() ref: ReferralRef, @Ctx() ctx: ChildProtectionContext): Promise<ReferralResponse | null> {
    const [found] = await ctx.loaders.responseByReferral.load(ref.id);
    return found ?? null;
  }
}

@Resolver(() => ReferralResponse)
export class ReferralResponseResolver {
  @FieldResolver(() => ProtectionCase, {
    nullable: true,
    description: 'The protection case opened, when accepted (if the viewer may see it).',
  })
  async protectionCase(@Root() response: ReferralResponse, @Ctx() ctx: ChildProtectionContext): Promise<ProtectionCase | null> {
    if (!response.protectionCaseId) return null;
    const pc = await ctx.loaders.protectionCase.load(response.protectionCaseId);
    return pc && protectionCaseReferenceScope.allows(ctx.viewer, pc) ? pc : null;
  }
}

export const referralReference = {
  __resolveReference: (ref: { id: string }) => Object.assign(new ReferralRef(), { id: ref.id }),
};

export const ReferralMutations = mutationsOf<ChildProtectionContext>({
  acceptReferral: mutation(
    ReferralResponsePayload,
    AcceptReferralInput,
    acceptReferral,
    "Accepts an open referral for the case manager's district: the referral's facts are fetched through the gateway with the caller's token, and a protection case is opened, once.",
  ),
  declineReferral: mutation(
    ReferralResponsePayload,
    DeclineReferralInput,
    declineReferral,
    "Declines an open referral, with the reason (case manager): the decline is recorded, then Bapas closes the referral through the gateway, which ends the sharing of the child's identity. Sending it again after an outage finishes the closing.",
  ),
});
