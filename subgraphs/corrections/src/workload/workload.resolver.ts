import { Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { hasAnyRole } from '@hub/auth';
import { addDays, jakartaDate } from '@hub/reference';
import { ForbiddenError } from '@hub/errors';
import type { CorrectionsContext } from '../context';
import { OrderStatus, type OrderStatusCode } from '../enums';
import { Officer } from '../officer/officer.entity';
import { CaseFile } from '../case/case.entity';
import { diversionClock } from '../case/diversion.rules';
import { SocialInquiryReport } from '../litmas/litmas.entity';
import { CommunityServiceOrder } from '../order/order.entity';

@ObjectType({ description: "One officer's load." })
class OfficerLoad {
  @Field(() => Officer) officer!: Officer;

  @Field(() => Int, { description: 'Clients assigned and not closed.' }) activeCaseload!: number;

  @Field(() => Int, { description: 'Litmas requested and not yet submitted.' }) openSocialInquiryReports!: number;

  @Field(() => Int, { description: 'Of those, past their due time.' }) overdueSocialInquiryReports!: number;
}

@ObjectType({ description: 'Orders in one status.' })
class OrderStatusCount {
  @Field(() => OrderStatus) status!: OrderStatusCode;

  @Field(() => Int) count!: number;
}

@ObjectType({ description: "The head of Bapas's view of the office (*beban kerja kantor*)." })
class OfficeWorkload {
  @Field(() => [OfficerLoad]) officers!: OfficerLoad[];

  @Field(() => [SocialInquiryReport], { description: 'Litmas past their due time, oldest due first.' })
  overdueSocialInquiryReports!: SocialInquiryReport[];

  @Field(() => [OrderStatusCount]) ordersByStatus!: OrderStatusCount[];

  @Field(() => [CaseFile], { description: 'Cases whose diversion must start or end within the next 7 days.' })
  diversionDeadlines!: CaseFile[];
}

@Resolver()
export class WorkloadResolver {
  @Query(() => OfficeWorkload, {
    description:
      "The office's workload, for the head of Bapas: caseload per PK, overdue Litmas, orders by status, diversion deadlines.",
  })
  async officeWorkload(@Ctx() ctx: CorrectionsContext): Promise<OfficeWorkload> {
    if (!hasAnyRole(ctx.viewer, 'BAPAS_HEAD')) throw new ForbiddenError('The office workload is for the head of Bapas.');
    const now = new Date();
    const today = jakartaDate(now);
    const [officers, open, orders, cases] = await Promise.all([
      ctx.em.find(Officer, {}, { orderBy: { name: 'asc' } }),
      ctx.em.find(SocialInquiryReport, { submittedAt: null }, { orderBy: { dueAt: 'asc' } }),
      ctx.em.find(CommunityServiceOrder, {}, { fields: ['status'] }),
      ctx.em.find(CaseFile, { diversionStatus: { $in: ['NOT_STARTED', 'IN_PROGRESS'] }, stage: { $ne: 'CLOSED' } }),
    ]);
    const loads = await ctx.loaders.activeCaseload.loadMany(officers.map((o) => o.id));
    const horizon = addDays(today, 7);
    const dueSoon = cases.filter((c) => {
      const clock = diversionClock(c);
      const limit = c.diversionStatus === 'IN_PROGRESS' && clock.deadline ? clock.deadline : clock.startBy;
      return limit >= today && limit <= horizon;
    });
    return Object.assign(new OfficeWorkload(), {
      officers: officers.map((officer, i) =>
        Object.assign(new OfficerLoad(), {
          officer,
          activeCaseload: typeof loads[i] === 'number' ? loads[i] : 0,
          openSocialInquiryReports: open.filter((r) => r.officerId === officer.id).length,
          overdueSocialInquiryReports: open.filter((r) => r.officerId === officer.id && r.dueAt < now).length,
        }),
      ),
      overdueSocialInquiryReports: open.filter((r) => r.dueAt < now),
      ordersByStatus: Object.values(OrderStatus).map((status) =>
        Object.assign(new OrderStatusCount(), { status, count: orders.filter((o) => o.status === status).length }),
      ),
      diversionDeadlines: dueSoon,
    });
  }
}
