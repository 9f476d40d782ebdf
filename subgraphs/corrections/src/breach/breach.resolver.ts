import { mutation, mutationsOf } from '@hub/server';
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { NotFoundError } from '@hub/errors';
import type { CorrectionsContext } from '../context';
import { CommunityServiceOrder } from '../order/order.entity';
import { Officer } from '../officer/officer.entity';
import { BreachReport } from './breach.entity';
import {
  BreachReportConnection,
  BreachReportPayload,
  BreachReportsArgs,
  FileBreachReportInput,
  RecordBreachOutcomeInput,
} from './breach.input';
import { canSeeBreachesOf, fileBreachReport, listBreachReports, recordBreachOutcome } from './breach.service';

@Resolver(() => BreachReport)
export class BreachResolver {
  @Query(() => BreachReportConnection, {
    description:
      "Breach reports the viewer may see, newest first: the prosecutor's inbox for their districts (status FILED), a PK's own clients, the head's whole office.",
  })
  breachReports(
    @Args() { status, first, after }: BreachReportsArgs,
    @Ctx() ctx: CorrectionsContext,
    @Info() info?: GraphQLResolveInfo,
  ) {
    return listBreachReports(ctx, status, first, after, info);
  }

  @FieldResolver(() => CommunityServiceOrder, { description: 'The order reported.' })
  async order(@Root() report: BreachReport, @Ctx() ctx: CorrectionsContext): Promise<CommunityServiceOrder> {
    const order = await ctx.loaders.order.load(report.orderId);
    if (!order) throw new NotFoundError('The order of this report');
    return order;
  }

  @FieldResolver(() => Officer, { nullable: true, description: 'The PK who filed it.' })
  filedBy(@Root() report: BreachReport, @Ctx() ctx: CorrectionsContext): Promise<Officer | null> {
    return report.filedByOfficerId ? ctx.loaders.officer.load(report.filedByOfficerId) : Promise.resolve(null);
  }
}

@Resolver(() => CommunityServiceOrder)
export class OrderBreachResolver {
  @FieldResolver(() => [BreachReport], {
    description: 'Breach reports on the order, oldest first (the PK, the head and the supervising prosecutor).',
  })
  async breachReports(@Root() order: CommunityServiceOrder, @Ctx() ctx: CorrectionsContext): Promise<BreachReport[]> {
    if (!(await canSeeBreachesOf(ctx, order))) return [];
    return ctx.loaders.breachesByOrder.load(order.id);
  }
}

export const BreachMutations = mutationsOf<CorrectionsContext>({
  fileBreachReport: mutation(
    BreachReportPayload,
    FileBreachReportInput,
    fileBreachReport,
    "Files a breach report on an active order (assigned PK or head); it goes to the supervising prosecutor's inbox (KUHP Art. 85(7), 85(8)).",
  ),
  recordBreachOutcome: mutation(
    BreachReportPayload,
    RecordBreachOutcomeInput,
    recordBreachOutcome,
    "Records the outcome of a breach report (the supervising prosecutor of the order's district, KUHP Art. 85(8)); the order becomes BREACHED unless no breach is found.",
  ),
});
