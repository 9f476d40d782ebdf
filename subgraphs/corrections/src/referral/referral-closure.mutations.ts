import { Arg, Ctx, Field, ID, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import { hasAnyRole } from '@hub/auth';
import { UserError, userError } from '@hub/federation';
import { ForbiddenError } from '@hub/errors';
import type { CorrectionsContext } from '../context';
import { Referral } from './referral.entity';

@InputType({
  description:
    'Close an open referral because DP3AP2KB declined it: the referred district loses the full view of the child (case manager).',
})
export class CloseDeclinedReferralInput {
  @Field(() => ID)
  referralId!: string;

  @Field({ description: 'The reason DP3AP2KB gave for declining (at least 10 characters).' })
  reason!: string;
}

@ObjectType({ description: 'The result of closeDeclinedReferral.' })
export class CloseDeclinedReferralPayload {
  @Field(() => Referral, { nullable: true })
  referral!: Referral | null;

  @Field(() => [UserError])
  userErrors!: UserError[];

  @Field({ description: 'True when the referral had already been closed on a decline: nothing new was written.' })
  replayed!: boolean;
}

const payload = (referral: Referral | null, userErrors: UserError[], replayed: boolean) =>
  Object.assign(new CloseDeclinedReferralPayload(), { referral, userErrors, replayed });

@Resolver()
export class ReferralClosureMutations {
  @Mutation(() => CloseDeclinedReferralPayload, {
    description:
      "Closes an open referral to DP3AP2KB that a case manager of the referred district declined: the sharing of the child's identity ends. A retry returns the closed referral.",
  })
  async closeDeclinedReferral(
    @Arg('input', () => CloseDeclinedReferralInput) input: CloseDeclinedReferralInput,
    @Ctx() ctx: CorrectionsContext,
  ): Promise<CloseDeclinedReferralPayload> {
    if (!hasAnyRole(ctx.viewer, 'CASE_MANAGER')) throw new ForbiddenError('Referrals are declined by a case manager.');
    const found = await ctx.em.findOne(Referral, { id: input.referralId });
    // Another district's referral is "not found": the caller learns nothing about it.
    if (!found || found.toAgency !== 'DP3AP2KB' || !ctx.viewer.districts.includes(found.districtCode))
      return payload(
        null,
        [userError('input.referralId', 'REFERRAL_NOT_FOUND', 'No referral with this id for your district.')],
        false,
      );
    if (found.status === 'CLOSED' && found.closedAt) return payload(found, [], true);
    if (input.reason.trim().length < 10)
      return payload(
        null,
        [userError('input.reason', 'REASON_REQUIRED', 'Explain why the referral is declined (at least 10 characters).')],
        false,
      );
    // Conditional update: a decline racing a withdrawal changes only a referral that is still open.
    const changed = await ctx.em.nativeUpdate(
      Referral,
      { id: found.id, status: 'OPEN' },
      { status: 'CLOSED', closedAt: new Date(), closedBy: ctx.viewer.userId, closureReason: input.reason.trim() },
    );
    const now = await ctx.em.findOne(Referral, { id: found.id }, { refresh: true });
    if (changed === 0) {
      if (now?.status === 'CLOSED' && now.closedAt) return payload(now, [], true);
      return payload(
        null,
        [
          userError(
            'input.referralId',
            'REFERRAL_NOT_OPEN',
            `The referral is ${now?.status ?? found.status}; only an open referral can be closed.`,
          ),
        ],
        false,
      );
    }
    return payload(now, [], false);
  }
}
