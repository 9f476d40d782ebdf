import { mutation, mutationsOf } from '@hub/server';
import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { DateScalar } from '@hub/federation';
import { jakartaDate } from '@hub/reference';
import type { CorrectionsContext } from '../context';
import { Client } from '../client/client.entity';
import { GuidancePlan, GuidanceReport, missedReports } from './guidance.entity';
import { GuidancePayload, MissedGuidanceReport, RecordGuidanceReportInput, SetGuidancePlanInput } from './guidance.input';
import { guidancePlanOf, missedGuidanceReports, recordGuidanceReport, setGuidancePlan } from './guidance.service';

@Resolver(() => GuidancePlan)
export class GuidanceResolver {
  @Query(() => [MissedGuidanceReport], {
    description: "Missed reports on the PK's list: their own clients' (the head: the office's), oldest first.",
  })
  missedGuidanceReports(@Ctx() ctx: CorrectionsContext): Promise<MissedGuidanceReport[]> {
    return missedGuidanceReports(ctx);
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
  guidancePlan(@Root() client: Client, @Ctx() ctx: CorrectionsContext): Promise<GuidancePlan | null> | null {
    return guidancePlanOf(ctx, client);
  }
}

export const GuidanceMutations = mutationsOf<CorrectionsContext>({
  setGuidancePlan: mutation(
    GuidancePayload,
    SetGuidancePlanInput,
    setGuidancePlan,
    "Sets a client's guidance plan and reporting duty (assigned PK or head).",
  ),
  recordGuidanceReport: mutation(
    GuidancePayload,
    RecordGuidanceReportInput,
    recordGuidanceReport,
    'Records a report made under the duty (assigned PK or head).',
  ),
});
