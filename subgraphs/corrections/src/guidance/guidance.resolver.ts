import { Arg, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { hasAnyRole } from '@hub/auth';
import { DateScalar, UserError, userError } from '@hub/federation';
import { jakartaDate } from '@hub/reference';
import { ForbiddenError } from '@hub/errors';
import type { CorrectionsContext } from '../context';
import { newId } from '../mutation';
import { Client } from '../client/client.entity';
import { requireCaseworkOn } from '../client/client.service';
import { dueDates, GuidancePlan, GuidanceReport, missedReports } from './guidance.entity';

@InputType({ description: 'Set the guidance plan of a client.' })
class SetGuidancePlanInput {
  @Field(() => ID)
  clientId!: string;

  @Field(() => DateScalar)
  startsOn!: string;

  @Field(() => DateScalar)
  endsOn!: string;

  @Field(() => Int, { description: 'Report every this many days: 1 to 90.' })
  reportEveryDays!: number;

  @Field()
  goals!: string;
}

@InputType({ description: 'Record a report made under the reporting duty.' })
class RecordGuidanceReportInput {
  @Field(() => ID)
  planId!: string;

  @Field(() => DateScalar, { description: 'The scheduled day it answers.' })
  dueOn!: string;

  @Field(() => DateScalar)
  reportedOn!: string;

  @Field({ description: 'OFFICE, PHONE or HOME_VISIT.' })
  mode!: string;
}

@ObjectType({ description: 'The result of a guidance mutation.' })
class GuidancePayload {
  @Field(() => GuidancePlan, { nullable: true })
  plan!: GuidancePlan | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType({ description: 'A reporting day that passed without a report (*tidak wajib lapor*).' })
class MissedGuidanceReport {
  @Field(() => Client)
  client!: Client;

  @Field(() => GuidancePlan)
  plan!: GuidancePlan;

  @Field(() => DateScalar)
  dueOn!: string;
}

const MODES = ['OFFICE', 'PHONE', 'HOME_VISIT'];

@Resolver(() => GuidancePlan)
export class GuidanceResolver {
  @Query(() => [MissedGuidanceReport], {
    description: "Missed reports on the PK's list: their own clients' (the head: the office's), oldest first.",
  })
  async missedGuidanceReports(@Ctx() ctx: CorrectionsContext): Promise<MissedGuidanceReport[]> {
    const mine = hasAnyRole(ctx.viewer, 'BAPAS_HEAD')
      ? {}
      : { officerId: ctx.viewer.officerId ?? '00000000-0000-0000-0000-000000000000' };
    const plans = await ctx.em.find(GuidancePlan, mine);
    const reports = await ctx.em.find(GuidanceReport, { planId: { $in: plans.map((p) => p.id) } });
    const today = jakartaDate(new Date());
    const out: MissedGuidanceReport[] = [];
    for (const plan of plans) {
      const client = await ctx.loaders.client.load(plan.clientId);
      // A plan of a client now assigned elsewhere stays with the PK who holds the client.
      if (!client || (!hasAnyRole(ctx.viewer, 'BAPAS_HEAD') && client.officerId !== ctx.viewer.officerId)) continue;
      for (const dueOn of missedReports(
        plan,
        reports.filter((r) => r.planId === plan.id),
        today,
      ))
        out.push(Object.assign(new MissedGuidanceReport(), { client, plan, dueOn }));
    }
    return out.sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0));
  }

  @Mutation(() => GuidancePayload, { description: "Sets a client's guidance plan and reporting duty (assigned PK or head)." })
  async setGuidancePlan(@Arg('input', () => SetGuidancePlanInput) input: SetGuidancePlanInput, @Ctx() ctx: CorrectionsContext) {
    const client = await requireCaseworkOn(ctx, input.clientId);
    const errors: UserError[] = [];
    if (input.endsOn <= input.startsOn)
      errors.push(userError('input.endsOn', 'TERM_BEFORE_START', 'The plan ends after it starts.'));
    if (!Number.isInteger(input.reportEveryDays) || input.reportEveryDays < 1 || input.reportEveryDays > 90)
      errors.push(userError('input.reportEveryDays', 'INVALID_INTERVAL', 'Report every 1 to 90 days.'));
    if (input.goals.trim().length < 10)
      errors.push(userError('input.goals', 'GOALS_REQUIRED', 'Write the goals (at least 10 characters).'));
    const officerId = client.officerId;
    if (!officerId) errors.push(userError('input.clientId', 'NO_OFFICER', 'Assign a PK to the client first.'));
    // One plan per client, kept with its reports: the reporting record is never rewritten.
    if ((await ctx.em.count(GuidancePlan, { clientId: client.id })) > 0)
      errors.push(userError('input.clientId', 'PLAN_EXISTS', 'The client has a guidance plan already.'));
    if (errors.length) return Object.assign(new GuidancePayload(), { plan: null, userErrors: errors });
    const plan = await ctx.em.transactional(async (tx) => {
      return tx.create(GuidancePlan, {
        id: newId(),
        clientId: client.id,
        officerId: officerId!,
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        reportEveryDays: input.reportEveryDays,
        goals: input.goals.trim(),
      });
    });
    return Object.assign(new GuidancePayload(), { plan, userErrors: [] });
  }

  @Mutation(() => GuidancePayload, { description: 'Records a report made under the duty (assigned PK or head).' })
  async recordGuidanceReport(
    @Arg('input', () => RecordGuidanceReportInput) input: RecordGuidanceReportInput,
    @Ctx() ctx: CorrectionsContext,
  ) {
    const plan = await ctx.em.findOne(GuidancePlan, { id: input.planId });
    if (!plan) throw new ForbiddenError('Only the head of Bapas or the PK assigned to this client may do this.');
    await requireCaseworkOn(ctx, plan.clientId);
    const errors: UserError[] = [];
    const today = jakartaDate(new Date());
    if (!dueDates(plan, plan.endsOn).includes(input.dueOn))
      errors.push(
        userError(
          'input.dueOn',
          'NOT_A_REPORTING_DAY',
          `Reporting days are every ${plan.reportEveryDays} days from ${plan.startsOn}.`,
        ),
      );
    if (input.reportedOn > today) errors.push(userError('input.reportedOn', 'DATE_IN_FUTURE', 'A report is recorded once made.'));
    if (!MODES.includes(input.mode)) errors.push(userError('input.mode', 'INVALID_MODE', `Use one of ${MODES.join(', ')}.`));
    if ((await ctx.em.count(GuidanceReport, { planId: plan.id, dueOn: input.dueOn })) > 0)
      errors.push(userError('input.dueOn', 'DAY_ALREADY_RECORDED', 'That reporting day is recorded already.'));
    if (!errors.length) {
      ctx.em.create(GuidanceReport, {
        id: newId(),
        planId: plan.id,
        dueOn: input.dueOn,
        reportedOn: input.reportedOn,
        mode: input.mode,
      });
      await ctx.em.flush();
    }
    return Object.assign(new GuidancePayload(), { plan: errors.length ? null : plan, userErrors: errors });
  }

  @FieldResolver(() => [GuidanceReport], { description: 'Reports made, by scheduled day.' })
  reports(@Root() plan: GuidancePlan, @Ctx() ctx: CorrectionsContext): Promise<GuidanceReport[]> {
    return ctx.loaders.guidanceReportsByPlan.load(plan.id);
  }

  @FieldResolver(() => [DateScalar], { description: 'Reporting days passed without a report.' })
  async missed(@Root() plan: GuidancePlan, @Ctx() ctx: CorrectionsContext): Promise<string[]> {
    const reports = await ctx.loaders.guidanceReportsByPlan.load(plan.id);
    return missedReports(plan, reports, jakartaDate(new Date()));
  }
}

@Resolver(() => Client)
export class ClientGuidanceResolver {
  @FieldResolver(() => GuidancePlan, {
    nullable: true,
    description: 'The guidance plan and reporting duty (assigned PK and head).',
  })
  async guidancePlan(@Root() client: Client, @Ctx() ctx: CorrectionsContext): Promise<GuidancePlan | null> {
    const mayWork =
      hasAnyRole(ctx.viewer, 'BAPAS_HEAD') ||
      (hasAnyRole(ctx.viewer, 'PK_OFFICER') && !!ctx.viewer.officerId && client.officerId === ctx.viewer.officerId);
    return mayWork ? ctx.loaders.guidancePlanByClient.load(client.id) : null;
  }
}
