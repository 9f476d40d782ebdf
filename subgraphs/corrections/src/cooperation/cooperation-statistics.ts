import { Directive, Field, Int, ObjectType } from 'type-graphql';
import {
  CellKeys,
  cooperationKeyText,
  countBy,
  District,
  districtOf,
  keysOf,
  quarterOfDay,
  StatisticBreakdown,
  suppressSmallCells,
  totalOf,
  yearInstants,
  type CooperationQuarterKey,
  type RawCell,
} from '@hub/federation';
import { jakartaDate } from '@hub/reference';
import type { CorrectionsContext } from '../context';
import { Referral, REFERRAL_STATUSES } from '../referral/referral.entity';
import { CommunityServiceOrder } from '../order/order.entity';
import { ORDER_STATUSES } from '../enums';
import { BreachReport } from '../breach/breach.entity';
import { CAPACITY_EVENT_KINDS, CapacityBuildingEvent } from './capacity-event.entity';

/**
 * What became of the orders due in a quarter. Hours are credited only within the order's period
 * (KUHP Art. 85(5); the worksites ledger refuses a day after the deadline), so a completed order was
 * completed on time.
 */
export const ORDER_OUTCOMES = ['COMPLETED_ON_TIME', 'BREACHED', 'IN_PROGRESS', 'OVERDUE', 'REVOKED'] as const;

/** The keys of the joint table as GraphQL fields: the entity every agency extends. */
const KEY_FIELDS = 'year districtCode quarter';

/**
 * One district and quarter of the joint monitoring. Bapas (corrections) owns the row and its own
 * figures; DP3AP2KB adds `childProtection` and the work-site providers `workSites`, each resolved by
 * that agency through `_entities` and null (with AGENCY_UNAVAILABLE) when it cannot be reached.
 */
@ObjectType({
  description:
    'One district and quarter of the joint monitoring (*monitoring dan evaluasi bersama*) of the cooperation agreement, small cells suppressed. Bapas owns the row; DP3AP2KB and the work-site providers add their parts.',
})
@Directive(`@key(fields: "${KEY_FIELDS}")`)
export class CooperationQuarter {
  @Field(() => Int, { description: 'The year.' }) year!: number;

  @Field({ description: 'BPS code of the district (*kabupaten/kota*).' }) districtCode!: string;

  @Field(() => Int, { description: 'Quarter of the year, 1 to 4 (Asia/Jakarta).' }) quarter!: number;

  @Field(() => District, { description: 'The district.' }) district!: District;

  @Field(() => Int, { nullable: true, description: 'Referrals Bapas sent in the quarter; null when suppressed.' })
  referralsSent!: number | null;

  @Field(() => StatisticBreakdown, { description: 'Those referrals by their status now (open, withdrawn, closed).' })
  referralsByStatus!: StatisticBreakdown;

  @Field(() => StatisticBreakdown, {
    description: 'Orders whose deadline falls in the quarter, by status: completed, breached, still active (in progress)…',
  })
  ordersByStatus!: StatisticBreakdown;

  @Field(() => StatisticBreakdown, {
    description:
      'Orders whose deadline falls in the quarter, by outcome: COMPLETED_ON_TIME (hours are credited only within the period, KUHP Art. 85(5)), BREACHED, IN_PROGRESS (deadline not passed), OVERDUE (deadline passed, neither completed nor found breached), REVOKED.',
  })
  ordersByOutcome!: StatisticBreakdown;

  @Field(() => StatisticBreakdown, { description: 'Breach reports filed in the quarter, by outcome (FILED = waiting).' })
  breachReports!: StatisticBreakdown;

  @Field(() => StatisticBreakdown, {
    description: 'Capacity-building events held in the quarter, by kind (participants in `value`).',
  })
  capacityBuilding!: StatisticBreakdown;
}

/** The table of a year. */
@ObjectType({
  description:
    "The joint monitoring and evaluation the cooperation agreement asks for (*monitoring dan evaluasi bersama*), by district and quarter: Bapas's figures, DP3AP2KB's (`childProtection`) and the work-site providers' (`workSites`).",
})
export class CooperationStatistics {
  @Field(() => Int) year!: number;

  @Field(() => Int, { description: 'Counts from 1 to this minus 1 are suppressed; medians and ratios need this many people.' })
  threshold!: number;

  @Field(() => [CooperationQuarter], {
    description:
      'Every quarter of the district asked for, or of every Jambi district: the same rows whatever the data, each computed from its own district and quarter only.',
  })
  quarters!: CooperationQuarter[];

  @Field({
    description:
      "Bapas's part of the table as CSV (suppressed cells empty). The joint table, with DP3AP2KB's and the work-site providers' parts, is exported from `quarters` (README, Joint monitoring).",
  })
  csv!: string;
}

/**
 * Bapas's figures for the rows asked for, computed from the records of each row's own district and
 * quarter (four statements whatever the number of rows): the same row is the same in every answer.
 */
export async function correctionsQuarters(ctx: CorrectionsContext, rows: CooperationQuarterKey[]): Promise<CooperationQuarter[]> {
  if (rows.length === 0) return [];
  const years = [...new Set(rows.map((r) => r.year))];
  const districts = [...new Set(rows.map((r) => r.districtCode))];
  const from = yearInstants(Math.min(...years)).from;
  const until = yearInstants(Math.max(...years)).until;
  const firstDay = `${Math.min(...years)}-01-01`;
  const afterDay = `${Math.max(...years) + 1}-01-01`;
  const inDistricts = { districtCode: { $in: districts } };
  // Only the columns the counts need; nothing identifying leaves this function.
  const [referrals, orders, breaches, events] = await Promise.all([
    ctx.em.find(
      Referral,
      { ...inDistricts, sentAt: { $gte: from, $lt: until } },
      { fields: ['districtCode', 'sentAt', 'status'] },
    ),
    ctx.em.find(
      CommunityServiceOrder,
      { ...inDistricts, deadline: { $gte: firstDay, $lt: afterDay } },
      { fields: ['districtCode', 'deadline', 'status'] },
    ),
    ctx.em.find(
      BreachReport,
      { ...inDistricts, filedAt: { $gte: from, $lt: until } },
      { fields: ['districtCode', 'filedAt', 'status', 'outcome'] },
    ),
    ctx.em.find(CapacityBuildingEvent, { ...inDistricts, heldOn: { $gte: firstDay, $lt: afterDay } }),
  ]);
  const k = ctx.smallCellThreshold;
  const today = jakartaDate(new Date());
  // Cell keys per table (statistics.ts): the same records always round the same way, whatever is asked.
  const referralKeys = new CellKeys(ctx.cellKeySecret, 'referral');
  const orderKeys = new CellKeys(ctx.cellKeySecret, 'community_service_order');
  const breachKeys = new CellKeys(ctx.cellKeySecret, 'breach_report');
  const rowOf = (districtCode: string, day: string) => `${day.slice(0, 4)}:${districtCode}:${quarterOfDay(day)}`;
  const group = <T>(items: T[], keyOf: (item: T) => string): Map<string, T[]> => {
    const out = new Map<string, T[]>();
    for (const item of items) out.set(keyOf(item), [...(out.get(keyOf(item)) ?? []), item]);
    return out;
  };
  const referralsBy = group(referrals, (r) => rowOf(r.districtCode, jakartaDate(r.sentAt)));
  const ordersBy = group(orders, (o) => rowOf(o.districtCode, o.deadline));
  const breachesBy = group(breaches, (b) => rowOf(b.districtCode, jakartaDate(b.filedAt)));
  const eventsBy = group(events, (e) => rowOf(e.districtCode, e.heldOn));
  const count = <T extends { id: string }>(
    items: T[],
    of: (r: T) => string,
    values: readonly string[],
    keys: CellKeys,
  ): RawCell[] => countBy(items, of, keysOf(values), (r) => keys.of(r.id));
  const outcomeOf = (o: Pick<CommunityServiceOrder, 'status' | 'deadline'>): string => {
    if (o.status === 'COMPLETED') return 'COMPLETED_ON_TIME';
    if (o.status === 'BREACHED' || o.status === 'REVOKED') return o.status;
    return o.deadline >= today ? 'IN_PROGRESS' : 'OVERDUE';
  };
  return rows.map((row) => {
    const key = cooperationKeyText(row);
    const refs = referralsBy.get(key) ?? [];
    const ords = ordersBy.get(key) ?? [];
    const brs = breachesBy.get(key) ?? [];
    const evs = eventsBy.get(key) ?? [];
    const referralTable = suppressSmallCells(
      totalOf(refs, (r) => referralKeys.of(r.id)),
      [{ dimension: 'referralStatus', cells: count(refs, (r) => r.status, REFERRAL_STATUSES, referralKeys) }],
      k,
    );
    const orderTable = suppressSmallCells(
      totalOf(ords, (o) => orderKeys.of(o.id)),
      [
        { dimension: 'orderStatus', cells: count(ords, (o) => o.status, ORDER_STATUSES, orderKeys) },
        { dimension: 'orderOutcome', cells: count(ords, outcomeOf, ORDER_OUTCOMES, orderKeys) },
      ],
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
      ...row,
      district: districtOf(row.districtCode),
      referralsSent: referralTable.total,
      referralsByStatus: referralTable.breakdowns[0]!,
      ordersByStatus: orderTable.breakdowns[0]!,
      ordersByOutcome: orderTable.breakdowns[1]!,
      breachReports: breachTable.breakdowns[0]!,
      capacityBuilding,
    });
  });
}

/** Bapas's part of the table as CSV: one line per district, quarter, measure and category; suppressed counts empty. */
export function toCsv(year: number, quarters: CooperationQuarter[]): string {
  const lines = ['year,district_code,quarter,measure,category,count,suppressed,value'];
  for (const q of quarters) {
    lines.push(
      `${year},${q.districtCode},${q.quarter},referrals_sent,TOTAL,${q.referralsSent ?? ''},${q.referralsSent === null},`,
    );
    for (const b of [q.referralsByStatus, q.ordersByStatus, q.ordersByOutcome, q.breachReports, q.capacityBuilding])
      for (const c of b.cells)
        lines.push(
          `${year},${q.districtCode},${q.quarter},${b.dimension},${c.key},${c.count ?? ''},${c.suppressed},${c.value ?? ''}`,
        );
  }
  return `${lines.join('\n')}\n`;
}
