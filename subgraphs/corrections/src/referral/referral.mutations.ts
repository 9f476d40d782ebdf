import { Arg, Args, ArgsType, Ctx, Field, ID, Info, InputType, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { FilterQuery } from '@mikro-orm/postgresql';
import { hasAnyRole } from '@hub/auth';
import {
  ConnectionOf,
  keysetCondition,
  keysetWindow,
  selectsField,
  toKeysetConnection,
  UserError,
  userError,
} from '@hub/federation';
import { isDistrictCode, jakartaDate } from '@hub/reference';
import { sharingRefusal } from '../agreement/agreement.entity';
import { ForbiddenError, NotFoundError } from '@hub/errors';
import type { CorrectionsContext } from '../context';
import { createOnce, newId } from '../mutation';
import { findClient, requireCaseworkOn } from '../client/client.service';
import { Referral, ReferralStatus, ServiceNeed, type ReferralStatusCode, type ServiceNeedCode } from './referral.entity';

@InputType({
  description:
    "Refer a client to DP3AP2KB (*rujukan*): this shares the child's identity with the referred district while it is open.",
})
export class ReferClientInput {
  @Field(() => ID)
  clientId!: string;

  @Field(() => [ServiceNeed], { description: 'Services needed, from the fixed list.' })
  services!: ServiceNeedCode[];

  @Field({ description: 'Why (at least 10 characters).' })
  reason!: string;

  @Field(() => String, { nullable: true, description: "District of the receiving office; the client's district by default." })
  districtCode?: string | null;

  @Field(() => String, { nullable: true })
  idempotencyKey?: string | null;
}

@InputType({ description: 'Withdraw an open referral; the receiving agency loses the full view of the child.' })
export class WithdrawReferralInput {
  @Field(() => ID)
  referralId!: string;

  @Field()
  reason!: string;
}

@ObjectType({ description: 'The result of referClient or withdrawReferral.' })
export class ReferralPayload {
  @Field(() => Referral, { nullable: true })
  referral!: Referral | null;

  @Field(() => [UserError])
  userErrors!: UserError[];

  @Field()
  replayed!: boolean;
}

@InputType({ description: 'Filter for incoming referrals.' })
class ReferralFilter {
  @Field(() => ReferralStatus, { nullable: true, description: 'OPEN by default.' })
  status?: ReferralStatusCode | null;
}

@ArgsType()
class IncomingReferralsArgs {
  @Field(() => ReferralFilter, { nullable: true })
  filter?: ReferralFilter | null;

  @Field(() => Int, { nullable: true })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

@ObjectType({ description: 'A page of referrals (Relay connection).' })
class ReferralConnection extends ConnectionOf(Referral, {
  edge: 'ReferralEdge',
  edgeDescription: 'A referral in a page.',
}) {}

@Resolver()
export class ReferralMutations {
  @Mutation(() => ReferralPayload, {
    description: 'Refers a client to DP3AP2KB (assigned PK or head); one open referral per client and agency.',
  })
  async referClient(
    @Arg('input', () => ReferClientInput) input: ReferClientInput,
    @Ctx() ctx: CorrectionsContext,
  ): Promise<ReferralPayload> {
    const client = await requireCaseworkOn(ctx, input.clientId);
    const result = await createOnce(ctx, 'referClient', input, async (tx) => {
      const errors: UserError[] = [];
      const district = input.districtCode ?? client.districtCode;
      if (!isDistrictCode(district))
        errors.push(userError('input.districtCode', 'UNKNOWN_DISTRICT', `"${district}" is not a Jambi district code.`));
      if (input.services.length === 0)
        errors.push(userError('input.services', 'SERVICES_REQUIRED', 'Name at least one service the child needs.'));
      if (new Set(input.services).size !== input.services.length)
        errors.push(userError('input.services', 'DUPLICATE_SERVICE', 'Name each service once.'));
      if (input.reason.trim().length < 10)
        errors.push(userError('input.reason', 'REASON_REQUIRED', 'Explain the referral (at least 10 characters).'));
      if (client.status === 'CLOSED')
        errors.push(userError('input.clientId', 'CLIENT_CLOSED', "The client's guidance is closed."));
      // Sending a referral shares the child's identity: only under an agreement in force for that district.
      const refusal = isDistrictCode(district)
        ? sharingRefusal(await ctx.loaders.agreements.load('all'), jakartaDate(new Date()), district)
        : null;
      if (refusal) errors.push(userError('input.districtCode', 'NO_AGREEMENT_IN_FORCE', refusal));
      if ((await tx.count(Referral, { clientId: client.id, toAgency: 'DP3AP2KB', status: 'OPEN' })) > 0) {
        errors.push(
          userError(
            'input.clientId',
            'REFERRAL_ALREADY_OPEN',
            'The client already has an open referral to DP3AP2KB; withdraw it first.',
          ),
        );
      }
      if (errors.length) return { errors };
      const officerId = ctx.viewer.officerId ?? client.officerId;
      if (!officerId)
        return { errors: [userError('input.clientId', 'NO_OFFICER', 'Assign a PK to the client before referring them.')] };
      const referral = tx.create(Referral, {
        id: newId(),
        clientId: client.id,
        toAgency: 'DP3AP2KB',
        districtCode: district,
        services: input.services,
        reason: input.reason.trim(),
        sentAt: new Date(),
        sentByOfficerId: officerId,
        status: 'OPEN',
        withdrawnAt: null,
        withdrawalReason: null,
      });
      return { id: referral.id };
    });
    return Object.assign(new ReferralPayload(), {
      referral: result.id ? await ctx.em.findOne(Referral, { id: result.id }) : null,
      userErrors: result.userErrors,
      replayed: result.replayed,
    });
  }

  @Mutation(() => ReferralPayload, {
    description: 'Withdraws an open referral (assigned PK or head): the sharing of the identity ends.',
  })
  async withdrawReferral(
    @Arg('input', () => WithdrawReferralInput) input: WithdrawReferralInput,
    @Ctx() ctx: CorrectionsContext,
  ): Promise<ReferralPayload> {
    const found = await ctx.em.findOne(Referral, { id: input.referralId });
    if (!found) throw new NotFoundError('The referral');
    await requireCaseworkOn(ctx, found.clientId);
    const errors: UserError[] = [];
    if (input.reason.trim().length < 5)
      errors.push(userError('input.reason', 'REASON_REQUIRED', 'Say why the referral is withdrawn.'));
    if (!errors.length) {
      // Conditional update: a withdrawal racing an acceptance changes only a referral that is still open.
      const changed = await ctx.em.nativeUpdate(
        Referral,
        { id: found.id, status: 'OPEN' },
        { status: 'WITHDRAWN', withdrawnAt: new Date(), withdrawalReason: input.reason.trim() },
      );
      if (changed === 0)
        errors.push(userError('input.referralId', 'REFERRAL_NOT_OPEN', 'Only an open referral can be withdrawn.'));
    }
    return Object.assign(new ReferralPayload(), {
      referral: errors.length ? null : await ctx.em.findOne(Referral, { id: found.id }, { refresh: true }),
      userErrors: errors,
      replayed: false,
    });
  }

  @Query(() => Referral, {
    nullable: true,
    description: 'One referral: for DP3AP2KB staff of the referred district, and for whoever may see the client at Bapas.',
  })
  async referral(@Arg('id', () => ID) id: string, @Ctx() ctx: CorrectionsContext): Promise<Referral | null> {
    const found = await ctx.loaders.referral.load(id);
    if (!found) return null;
    if (hasAnyRole(ctx.viewer, 'CASE_MANAGER', 'CASEWORKER', 'PSYCHOLOGIST'))
      return ctx.viewer.districts.includes(found.districtCode) ? found : null;
    return (await findClient(ctx, found.clientId)) ? found : null;
  }

  @Query(() => ReferralConnection, {
    description: "Referrals to DP3AP2KB for the viewer's own districts (case managers and caseworkers), newest first.",
  })
  async incomingReferrals(
    @Args() { filter, first, after }: IncomingReferralsArgs,
    @Ctx() ctx: CorrectionsContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ReferralConnection> {
    if (!hasAnyRole(ctx.viewer, 'CASE_MANAGER', 'CASEWORKER', 'PSYCHOLOGIST'))
      throw new ForbiddenError('Incoming referrals are for DP3AP2KB staff.');
    // Newest first; the id breaks ties in the same direction, so one index serves the seek.
    const pageKey = ['r.sent_at', 'r.id'];
    const page = keysetWindow(first, after, pageKey.length);
    const where: FilterQuery<Referral> = {
      toAgency: 'DP3AP2KB',
      districtCode: { $in: ctx.viewer.districts },
      status: filter?.status ?? 'OPEN',
    };
    const query = ctx.em.createQueryBuilder(Referral, 'r').where(where);
    if (page.after) {
      const seek = keysetCondition(pageKey, page.after, 'desc');
      query.andWhere(seek.sql, seek.params);
    }
    const [rows, total] = await Promise.all([
      query
        .orderBy({ sentAt: 'desc', id: 'desc' })
        .limit(page.limit + 1)
        .getResultList(),
      selectsField(info, 'totalCount') ? ctx.em.count(Referral, where) : null,
    ]);
    const keyOf = (r: Referral) => [r.sentAt.toISOString(), r.id];
    return toKeysetConnection(rows, page.limit, keyOf, !!page.after, total) as ReferralConnection;
  }
}
