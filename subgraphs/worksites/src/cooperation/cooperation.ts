import { Field, Float, Int, ObjectType } from 'type-graphql';
import {
  CellKeys,
  cooperationKeyText,
  suppressSmallCells,
  type CooperationQuarterKey,
  cooperationPartResolver,
} from '@hub/federation';
import type { WorksitesContext } from '../context';

/** The work-site providers' figures for one district and quarter. */
@ObjectType({
  description:
    "The work-site providers' part of the joint monitoring for one district and quarter: community-service hours delivered, small cells suppressed.",
})
export class WorkSitesCooperation {
  @Field(() => Int, {
    nullable: true,
    description:
      'People (orders of the district) who worked at a site in the quarter, rounded to base k; null when suppressed (1 to k-1).',
  })
  peopleWorking!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Hours they worked in the quarter (attended days of the ledger, corrections applied), rounded to a multiple of 10; null with the people.',
  })
  hoursDelivered!: number | null;

  @Field({ description: 'True when the figures are hidden: 1 to k-1 people worked.' }) suppressed!: boolean;
}

interface HoursRow {
  order_id: string;
  district_code: string;
  year: number;
  quarter: number;
  hours: string | number;
}

/** What the ledger credited in one district and quarter, before publication: per order, its hours. */
export type QuarterHours = Map<string, number>;

/**
 * The hours of attended days that no correction superseded, per order, for each row asked for (the
 * order's district, the day's quarter): one statement whatever the number of rows.
 */
export async function creditedHoursByQuarter(
  ctx: Pick<WorksitesContext, 'em'>,
  rows: CooperationQuarterKey[],
): Promise<Map<string, QuarterHours>> {
  const out = new Map<string, QuarterHours>(rows.map((r) => [cooperationKeyText(r), new Map()]));
  if (rows.length === 0) return out;
  const years = rows.map((r) => r.year);
  const districts = [...new Set(rows.map((r) => r.districtCode))];
  const connection = ctx.em.getConnection();
  const knex = connection.getKnex();
  const query = knex('attendance_record as a')
    .join('placement as p', 'p.id', 'a.placement_id')
    .select('p.order_id', 'p.order_district_code as district_code')
    .select(knex.raw('extract(year from a.date)::int as year'), knex.raw('extract(quarter from a.date)::int as quarter'))
    .select(knex.raw('sum(a.hours) as hours'))
    .where('a.outcome', 'ATTENDED')
    .andWhere('a.date', '>=', `${Math.min(...years)}-01-01`)
    .andWhere('a.date', '<', `${Math.max(...years) + 1}-01-01`)
    .whereIn('p.order_district_code', districts)
    .whereNotExists(knex('attendance_record as later').select(knex.raw('1')).whereRaw('later.supersedes_id = a.id'))
    .groupBy(
      'p.order_id',
      'p.order_district_code',
      knex.raw('extract(year from a.date)'),
      knex.raw('extract(quarter from a.date)'),
    );
  for (const w of (await connection.execute(query)) as HoursRow[]) {
    const cell = out.get(cooperationKeyText({ year: w.year, districtCode: w.district_code, quarter: w.quarter }));
    if (cell && Number(w.hours) > 0) cell.set(w.order_id, Number(w.hours));
  }
  return out;
}

/** The providers' figures for the rows asked for: people who worked (orders) and their hours, suppressed and rounded. */
export async function worksitesQuarters(ctx: WorksitesContext, rows: CooperationQuarterKey[]): Promise<WorkSitesCooperation[]> {
  const credited = await creditedHoursByQuarter(ctx, rows);
  const k = ctx.smallCellThreshold;
  const orderKeys = new CellKeys(ctx.cellKeySecret, 'community_service_order');
  return rows.map((row) => {
    const people = credited.get(cooperationKeyText(row)) ?? new Map<string, number>();
    const cellKey = orderKeys.cellOf(people.keys());
    const hours = [...people.values()].reduce((sum, h) => sum + h, 0);
    // The people are the population and the one cell; the hours are its value (statistics.ts).
    const table = suppressSmallCells(
      { count: people.size, cellKey },
      [{ dimension: 'hours', cells: [{ key: 'ALL', label: 'ALL', count: people.size, cellKey, value: hours }] }],
      k,
    );
    const cell = table.breakdowns[0]!.cells[0]!;
    return Object.assign(new WorkSitesCooperation(), {
      peopleWorking: table.total,
      hoursDelivered: cell.count === null ? null : cell.value,
      suppressed: table.totalSuppressed,
    });
  });
}

/** The providers' part of a row; the rows of one `_entities` call are computed in one batch. */
export const CooperationQuarterResolver = cooperationPartResolver(
  'workSites',
  WorkSitesCooperation,
  "The work-site providers' part of the row: people who worked and hours delivered. Null, with AGENCY_UNAVAILABLE, when the providers' subgraph cannot be reached.",
  worksitesQuarters,
);
