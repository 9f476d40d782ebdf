import { initialsOf } from '@hub/reference';
import { Arg, Ctx, Directive, Field, FieldResolver, ID, InputType, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { hasAnyRole, type Viewer } from '@hub/auth';
import { runIdempotent } from '@hub/db';
import { userError, UserError } from '@hub/federation';
import { ForbiddenError } from '@hub/errors';
import { askGateway, GATEWAY_OPERATIONS } from '@hub/server';
import { randomUUID } from 'node:crypto';
import type { ChildProtectionContext } from '../context';
import { ProtectionCase } from '../protection-case/protection-case.entity';
import { nextCaseNumber } from '../protection-case/protection-case.service';
import { protectionCaseReferenceScope } from '../protection-case/protection-case.access';
import { RiskLevel, type RiskLevelCode } from '../enums';
import { Caseworker } from '../caseworker/caseworker.entity';
import { ReferralResponse } from './referral-response.entity';
import { endSharing } from './referral-sharing';

/** A Bapas referral (owned by corrections); DP3AP2KB adds its response. */
@ObjectType('Referral', { description: 'A referral of a client by Bapas (owned by corrections).' })
@Directive('@key(fields: "id")')
export class ReferralRef {
  @Field(() => ID)
  id!: string;
}

interface ReferralFacts {
  referral: {
    id: string;
    toAgency: string;
    status: string;
    services: string[];
    reason: string;
    client: { id: string; displayName: string; sex: string; ageBand: string; district: { code: string } };
  } | null;
}

const REFERRAL_FACTS = GATEWAY_OPERATIONS.ReferralFacts;

@InputType({ description: 'Accept a Bapas referral: a protection case is opened for the child (case manager).' })
export class AcceptReferralInput {
  @Field(() => ID)
  referralId!: string;

  @Field(() => ID, { nullable: true, description: 'The caseworker or psychologist to assign.' })
  caseworkerId?: string | null;

  @Field(() => RiskLevel, { defaultValue: 'MEDIUM' })
  riskLevel!: RiskLevelCode;

  @Field(() => String, { nullable: true })
  idempotencyKey?: string | null;
}

@InputType({ description: 'Decline a Bapas referral, with the reason.' })
export class DeclineReferralInput {
  @Field(() => ID)
  referralId!: string;

  @Field()
  reason!: string;
}

@ObjectType({ description: 'The result of acceptReferral or declineReferral.' })
export class ReferralResponsePayload {
  @Field(() => ReferralResponse, { nullable: true })
  response!: ReferralResponse | null;

  @Field(() => [UserError])
  userErrors!: UserError[];

  @Field({ description: 'True when the referral had already been answered: nothing new was written.' })
  replayed!: boolean;
}

async function factsOf(ctx: ChildProtectionContext, referralId: string) {
  const { data } = await askGateway<ReferralFacts>(ctx.gatewayUrl, ctx.token, ctx.correlationId, REFERRAL_FACTS, {
    id: referralId,
  });
  return data?.referral ?? null;
}

function refusalOf(facts: Awaited<ReturnType<typeof factsOf>>): UserError | null {
  // Bapas answers only for referrals to the caller's own districts, so another district's is "not found".
  if (!facts) return userError('input.referralId', 'REFERRAL_NOT_FOUND', 'No referral with this id for your district.');
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

/**
 * Whether an earlier response is the caller's to see: its referral was for one of the caller's
 * districts (kept in the snapshot taken when it was answered). Checked before any replay, so that
 * another district learns nothing, not even that the referral exists.
 */
function responseInScope(viewer: Viewer, response: ReferralResponse): boolean {
  const snapshot = response.referralSnapshot as { client?: { district?: { code?: string } } };
  const district = snapshot.client?.district?.code;
  return !!district && viewer.districts.includes(district);
}

const NOT_FOUND = () => userError('input.referralId', 'REFERRAL_NOT_FOUND', 'No referral with this id for your district.');

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

  @Mutation(() => ReferralResponsePayload, {
    description:
      "Accepts an open referral for the case manager's district: the referral's facts are fetched through the gateway with the caller's token, and a protection case is opened, once.",
  })
  async acceptReferral(
    @Arg('input', () => AcceptReferralInput) input: AcceptReferralInput,
    @Ctx() ctx: ChildProtectionContext,
  ): Promise<ReferralResponsePayload> {
    if (!hasAnyRole(ctx.viewer, 'CASE_MANAGER')) throw new ForbiddenError('Referrals are accepted by a case manager.');
    const existing = await ctx.em.findOne(ReferralResponse, { referralId: input.referralId });
    if (existing && !responseInScope(ctx.viewer, existing))
      return Object.assign(new ReferralResponsePayload(), { response: null, userErrors: [NOT_FOUND()], replayed: false });
    if (existing) {
      return Object.assign(new ReferralResponsePayload(), {
        response: existing,
        userErrors:
          existing.decision === 'ACCEPTED'
            ? []
            : [userError('input.referralId', 'ALREADY_DECLINED', 'This referral was declined.')],
        replayed: true,
      });
    }
    const facts = await factsOf(ctx, input.referralId);
    const refusal = refusalOf(facts);
    const { idempotencyKey, ...rest } = input;
    const run = await runIdempotent<UserError>(
      ctx.em,
      { actor: ctx.viewer.userId, operation: 'acceptReferral', key: idempotencyKey, input: rest },
      async (tx) => {
        if (refusal || !facts) return { errors: [refusal!] };
        if (input.caseworkerId && !(await tx.findOne(Caseworker, { id: input.caseworkerId }))) {
          return { errors: [userError('input.caseworkerId', 'UNKNOWN_CASEWORKER', 'No caseworker with this id.')] };
        }
        // One response per referral (a unique index): a second accept, even at the same moment, waits here and then finds the first.
        await tx.execute('select pg_advisory_xact_lock(hashtextextended(?, 0))', [`referral:${facts.id}`]);
        if (await tx.findOne(ReferralResponse, { referralId: facts.id }))
          return { errors: [userError('input.referralId', 'ALREADY_ANSWERED', 'The referral was answered meanwhile.')] };
        const now = new Date();
        const pc = tx.create(ProtectionCase, {
          id: randomUUID(),
          caseNumber: await nextCaseNumber(tx, facts.client.district.code, now),
          childRole: 'IN_CONFLICT',
          clientId: facts.client.id,
          childAlias: initialsOf(facts.client.displayName),
          childSex: facts.client.sex as 'MALE' | 'FEMALE',
          childAgeBand: facts.client.ageBand as never,
          districtCode: facts.client.district.code,
          concerns: [],
          riskLevel: input.riskLevel,
          status: 'INTAKE',
          caseworkerId: input.caseworkerId ?? null,
          openedAt: now,
          closedAt: null,
          referralId: facts.id,
          emergencyServices: input.riskLevel === 'HIGH',
        });
        // The case row first: the response refers to it (plain foreign-key columns give the unit of work no order).
        await tx.flush();
        const response = tx.create(ReferralResponse, {
          id: randomUUID(),
          referralId: facts.id,
          decision: 'ACCEPTED',
          decidedBy: ctx.viewer.userId,
          decidedAt: now,
          reason: null,
          protectionCaseId: pc.id,
          referralSnapshot: facts as unknown as Record<string, unknown>,
        });
        await tx.flush();
        // A withdrawal may have raced this acceptance: check again before committing, and undo if so.
        const again = await factsOf(ctx, facts.id);
        if (!again || again.status !== 'OPEN') {
          return {
            errors: [
              userError(
                'input.referralId',
                'REFERRAL_WITHDRAWN',
                'Bapas withdrew the referral while it was being accepted; nothing was opened.',
              ),
            ],
          };
        }
        return { id: response.id };
      },
    );
    return Object.assign(new ReferralResponsePayload(), {
      response: 'id' in run.outcome ? await ctx.em.findOne(ReferralResponse, { id: run.outcome.id }) : null,
      userErrors: 'errors' in run.outcome ? run.outcome.errors : [],
      replayed: run.replayed,
    });
  }

  @Mutation(() => ReferralResponsePayload, {
    description:
      "Declines an open referral, with the reason (case manager): the decline is recorded, then Bapas closes the referral through the gateway, which ends the sharing of the child's identity. Sending it again after an outage finishes the closing.",
  })
  async declineReferral(
    @Arg('input', () => DeclineReferralInput) input: DeclineReferralInput,
    @Ctx() ctx: ChildProtectionContext,
  ): Promise<ReferralResponsePayload> {
    if (!hasAnyRole(ctx.viewer, 'CASE_MANAGER')) throw new ForbiddenError('Referrals are declined by a case manager.');
    const existing = await ctx.em.findOne(ReferralResponse, { referralId: input.referralId });
    if (existing && !responseInScope(ctx.viewer, existing))
      return Object.assign(new ReferralResponsePayload(), { response: null, userErrors: [NOT_FOUND()], replayed: false });
    if (existing?.decision === 'DECLINED') {
      // A retry (perhaps after Bapas was unreachable): make sure the sharing has ended, write nothing new.
      await endSharing(ctx, existing.referralId, existing.reason ?? input.reason);
      return Object.assign(new ReferralResponsePayload(), { response: existing, userErrors: [], replayed: true });
    }
    if (existing)
      return Object.assign(new ReferralResponsePayload(), {
        response: null,
        userErrors: [userError('input.referralId', 'ALREADY_ANSWERED', 'The referral was already answered.')],
        replayed: false,
      });
    const errors: UserError[] = [];
    if (input.reason.trim().length < 10)
      errors.push(userError('input.reason', 'REASON_REQUIRED', 'Explain why the referral is declined (at least 10 characters).'));
    const facts = errors.length ? null : await factsOf(ctx, input.referralId);
    const refusal = errors.length ? null : refusalOf(facts);
    if (refusal) errors.push(refusal);
    if (errors.length || !facts)
      return Object.assign(new ReferralResponsePayload(), { response: null, userErrors: errors, replayed: false });
    // The decline is recorded first (its own commit), so that a failure to reach Bapas below leaves
    // a decline to finish by retrying, never a referral closed with no answer on record.
    const response = ctx.em.create(ReferralResponse, {
      id: randomUUID(),
      referralId: facts.id,
      decision: 'DECLINED',
      decidedBy: ctx.viewer.userId,
      decidedAt: new Date(),
      reason: input.reason.trim(),
      protectionCaseId: null,
      referralSnapshot: facts as unknown as Record<string, unknown>,
    });
    await ctx.em.flush();
    await endSharing(ctx, facts.id, response.reason!);
    return Object.assign(new ReferralResponsePayload(), { response, userErrors: [], replayed: false });
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
