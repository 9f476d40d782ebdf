import { Arg, Ctx, Field, FieldResolver, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import {
  CellKeys,
  countBy,
  DateScalar,
  District,
  districtOf,
  keysOf,
  StatisticBreakdown,
  suppressSmallCells,
  totalOf,
  UserError,
  type RawCell,
} from '@hub/federation';
import { isDistrictCode, jakartaDate } from '@hub/reference';
import { BadUserInputError } from '@hub/errors';
import type { CorrectionsContext } from '../context';
import { recordCapacityBuildingEvent } from './capacity-event.service';
import { Referral, REFERRAL_STATUSES } from '../referral/referral.entity';
import { CommunityServiceOrder } from '../order/order.entity';
import { ORDER_STATUSES } from '../enums';
import { BreachReport } from '../breach/breach.entity';
import {
  CAPACITY_EVENT_KINDS,
  CapacityBuildingEvent,
  CapacityEventKind,
  type CapacityEventKindCode,
} from './capacity-event.entity';

/** One district and quarter of the joint monitoring table. */
@ObjectType({
  description: 'One district and quarter of the joint monitoring (*monitoring dan evaluasi bersama*), small cells suppressed.',
})
export class CooperationQuarter {
  @Field()
  districtCode!: string;

  @Field(() => Int, { description: 'Quarter of the year, 1 to 4 (Asia/Jakarta).' })
  quarter!: number;

  @Field(() => Int, { nullable: true, description: 'Referrals Bapas sent in the quarter; null when suppressed.' })
  referralsSent!: number | null;

  @Field(() => StatisticBreakdown, { description: 'Those referrals by their status now (open, withdrawn, closed).' })
  referralsByStatus!: StatisticBreakdown;

  @Field(() => StatisticBreakdown, {
    description: 'Orders whose deadline falls in the quarter, by status: completed, breached, still active (in progress)…',
  })
  ordersByStatus!: StatisticBreakdown;

  @Field(() => StatisticBreakdown, { description: 'Breach reports filed in the quarter, by outcome (FILED = waiting).' })
  breachReports!: StatisticBreakdown;

  @Field(() => StatisticBreakdown, {
    description: 'Capacity-building events held in the quarter, by kind (participants in `value`).',
  })
  capacityBuilding!: StatisticBreakdown;
}

@ObjectType({
  description: "Bapas's part of the joint monitoring and evaluation the agreement asks for, by district and quarter.",
})
export class CooperationStatistics {
  @Field(() => Int)
  year!: number;

  @Field(() => Int, { description: 'Counts from 1 to this minus 1 are suppressed.' })
  threshold!: number;

  @Field(() => [CooperationQuarter])
  quarters!: CooperationQuarter[];

  @Field({ description: "The same table as CSV for the parties' evaluation meeting; suppressed cells are empty." })
  csv!: string;
}

@InputType({ description: 'A capacity-building or socialisation event held under the agreement.' })
class RecordCapacityBuildingEventInput {
  @Field(() => DateScalar)
  heldOn!: string;

  @Field()
  agency!: string;

  @Field()
  districtCode!: string;

  @Field(() => CapacityEventKind)
  kind!: CapacityEventKindCode;

  @Field()
  title!: string;

  @Field(() => Int)
  participants!: number;

  @Field(() => String, { nullable: true })
  idempotencyKey?: string | null;
}

@ObjectType({ description: 'The result of recordCapacityBuildingEvent.' })
class CapacityBuildingEventPayload {
  @Field(() => CapacityBuildingEvent, { nullable: true })
  event!: CapacityBuildingEvent | null;

  @Field(() => [UserError])
  userErrors!: UserError[];

  @Field()
  replayed!: boolean;
}

const quarterOf = (date: string): number => Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1;

@Resolver(() => CapacityBuildingEvent)
export class CooperationResolver {
  @Query(() => CooperationStatistics, {
    description:
      'Joint monitoring by district and quarter: referrals sent and their status, orders by outcome, breach reports, capacity-building events; counts from 1 to k-1 suppressed; with a CSV. For analysts and the head of Bapas.',
  })
  async cooperationStatistics(
    @Arg('year', () => Int) year: number,
    @Arg('districtCode', () => String, { nullable: true }) districtCode: string | null,
    @Ctx() ctx: CorrectionsContext,
  ): Promise<CooperationStatistics> {
    if (districtCode && !isDistrictCode(districtCode))
      throw new BadUserInputError('districtCode', `"${districtCode}" is not a Jambi district code (e.g. 1507).`);
    if (!Number.isInteger(year) || year < 2025 || year > 2100) throw new BadUserInputError('year', 'Give a year from 2025.');
    const from = new Date(`${year}-01-01T00:00:00+07:00`);
    const to = new Date(`${year + 1}-01-01T00:00:00+07:00`);
    const district = districtCode ? { districtCode } : {};
    // Only the columns the counts need; nothing identifying leaves this function.
    const [referrals, orders, breaches, events] = await Promise.all([
      ctx.em.find(Referral, { ...district, sentAt: { $gte: from, $lt: to } }, { fields: ['districtCode', 'sentAt', 'status'] }),
      ctx.em.find(
        CommunityServiceOrder,
        { ...district, deadline: { $gte: `${year}-01-01`, $lt: `${year + 1}-01-01` } },
        { fields: ['districtCode', 'deadline', 'status'] },
      ),
      ctx.em.find(
        BreachReport,
        { ...district, filedAt: { $gte: from, $lt: to } },
        { fields: ['districtCode', 'filedAt', 'status', 'outcome'] },
      ),
      ctx.em.find(CapacityBuildingEvent, { ...district, heldOn: { $gte: `${year}-01-01`, $lt: `${year + 1}-01-01` } }),
    ]);
    const k = ctx.smallCellThreshold;
    const keys = new Set<string>();
    const key = (d: string, q: number) => `${d}:${q}`;
    for (const r of referrals) keys.add(key(r.districtCode, quarterOf(jakartaDate(r.sentAt))));
    for (const o of orders) keys.add(key(o.districtCode, quarterOf(o.deadline)));
    for (const b of breaches) keys.add(key(b.districtCode, quarterOf(jakartaDate(b.filedAt))));
    for (const e of events) keys.add(key(e.districtCode, quarterOf(e.heldOn)));
    // Cell keys per table (statistics.ts): the same records always round the same way, whatever is asked.
    const referralKeys = new CellKeys(ctx.cellKeySecret, 'referral');
    const orderKeys = new CellKeys(ctx.cellKeySecret, 'community_service_order');
    const breachKeys = new CellKeys(ctx.cellKeySecret, 'breach_report');
    const count = <T extends { id: string }>(
      rows: T[],
      of: (r: T) => string,
      values: readonly string[],
      keys: CellKeys,
    ): RawCell[] => countBy(rows, of, keysOf(values), (r) => keys.of(r.id));
    const quarters = [...keys].sort().map((k2) => {
      const [d, qText] = k2.split(':') as [string, string];
      const q = Number(qText);
      const inQ = <T>(rows: T[], dateOf: (r: T) => string, districtOf: (r: T) => string) =>
        rows.filter((r) => districtOf(r) === d && quarterOf(dateOf(r)) === q);
      const refs = inQ(
        referrals,
        (r) => jakartaDate(r.sentAt),
        (r) => r.districtCode,
      );
      const ords = inQ(
        orders,
        (o) => o.deadline,
        (o) => o.districtCode,
      );
      const brs = inQ(
        breaches,
        (b) => jakartaDate(b.filedAt),
        (b) => b.districtCode,
      );
      const evs = inQ(
        events,
        (e) => e.heldOn,
        (e) => e.districtCode,
      );
      const referralTable = suppressSmallCells(
        totalOf(refs, (r) => referralKeys.of(r.id)),
        [{ dimension: 'referralStatus', cells: count(refs, (r) => r.status, REFERRAL_STATUSES, referralKeys) }],
        k,
      );
      const orderTable = suppressSmallCells(
        totalOf(ords, (o) => orderKeys.of(o.id)),
        [{ dimension: 'orderStatus', cells: count(ords, (o) => o.status, ORDER_STATUSES, orderKeys) }],
        k,
      );
      const breachTable = suppressSmallCells(
        totalOf(brs, (b) => breachKeys.of(b.id)),
        [
          {
            dimension: 'breachOutcome',
            cells: count(
              brs,
              (b) => b.outcome ?? 'FILED',
              ['FILED', 'REPEAT_HOURS', 'SERVE_REPLACED_PRISON', 'PAY_REPLACED_FINE', 'NO_BREACH'],
              breachKeys,
            ),
          },
        ],
        k,
      );
      // Events are not people: their counts are published as they are.
      const capacityBuilding = Object.assign(new StatisticBreakdown(), {
        dimension: 'capacityBuilding',
        cells: keysOf(CAPACITY_EVENT_KINDS).map(({ key: kind, label }) => {
          const of = evs.filter((e) => e.kind === kind);
          return { key: kind, label, count: of.length, value: of.reduce((s, e) => s + e.participants, 0), suppressed: false };
        }),
      });
      return Object.assign(new CooperationQuarter(), {
        districtCode: d,
        quarter: q,
        referralsSent: referralTable.total,
        referralsByStatus: referralTable.breakdowns[0]!,
        ordersByStatus: orderTable.breakdowns[0]!,
        breachReports: breachTable.breakdowns[0]!,
        capacityBuilding,
      });
    });
    return Object.assign(new CooperationStatistics(), { year, threshold: k, quarters, csv: toCsv(year, quarters) });
  }

  @Query(() => [CapacityBuildingEvent], { description: 'Capacity-building and socialisation events, newest first.' })
  capacityBuildingEvents(@Ctx() ctx: CorrectionsContext): Promise<CapacityBuildingEvent[]> {
    return ctx.em.find(CapacityBuildingEvent, {}, { orderBy: { heldOn: 'desc', id: 'asc' } });
  }

  @Mutation(() => CapacityBuildingEventPayload, {
    description: 'Records a capacity-building or socialisation event (head of Bapas).',
  })
  async recordCapacityBuildingEvent(
    @Arg('input', () => RecordCapacityBuildingEventInput) input: RecordCapacityBuildingEventInput,
    @Ctx() ctx: CorrectionsContext,
  ): Promise<CapacityBuildingEventPayload> {
    return Object.assign(new CapacityBuildingEventPayload(), await recordCapacityBuildingEvent(ctx, input));
  }

  @FieldResolver(() => District)
  district(@Root() e: CapacityBuildingEvent): District {
    return districtOf(e.districtCode);
  }
}

/** The table as CSV: one line per district, quarter, measure and category; suppressed counts empty. */
export function toCsv(year: number, quarters: CooperationQuarter[]): string {
  const lines = ['year,district_code,quarter,measure,category,count,suppressed,value'];
  for (const q of quarters) {
    if (q.referralsSent !== null || q.referralsByStatus.cells.length)
      lines.push(
        `${year},${q.districtCode},${q.quarter},referrals_sent,TOTAL,${q.referralsSent ?? ''},${q.referralsSent === null},`,
      );
    for (const b of [q.referralsByStatus, q.ordersByStatus, q.breachReports, q.capacityBuilding])
      for (const c of b.cells)
        lines.push(
          `${year},${q.districtCode},${q.quarter},${b.dimension},${c.key},${c.count ?? ''},${c.suppressed},${c.value ?? ''}`,
        );
  }
  return `${lines.join('\n')}\n`;
}
