import { Arg, Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import {
  CellKeys,
  countBy,
  publishCount,
  StatisticBreakdown,
  StatisticsFilter,
  suppressSmallCells,
  totalOf,
  type RawCell,
  SuppressedStatistics,
  districtKeys,
  keysOf,
} from '@hub/federation';
import { WORK_SITE_KINDS } from '@hub/reference';
import type { WorksitesContext } from '../context';
import { checkDistrictFilter } from '@hub/server';

/** Aggregate placements, hours and capacity, small cells suppressed. */
@ObjectType({
  description:
    'Placements, hours delivered and capacity in use (*statistik kerja sosial*), with small cells suppressed (DOMAIN.md §4).',
})
export class WorkSiteStatistics extends SuppressedStatistics {
  @Field(() => Int, { nullable: true, description: 'All placements matching the filter; null when suppressed.' })
  placements!: number | null;

  @Field() placementsSuppressed!: boolean;

  @Field(() => StatisticBreakdown, { description: 'Placements per site kind; `value` is the hours delivered there.' })
  bySiteKind!: StatisticBreakdown;

  @Field(() => StatisticBreakdown, { description: 'Placements per district of the site; `value` is the hours delivered there.' })
  byDistrict!: StatisticBreakdown;

  @Field(() => Int, { description: 'Active sites.' }) activeSites!: number;

  @Field(() => Int, { description: 'Places offered by the active sites.' }) capacity!: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Places in use by active placements (people): rounded to base k like the cells; null when 1 to k-1.',
  })
  capacityInUse!: number | null;
}

interface PlacementRow {
  id: string;
  kind: string;
  district_code: string;
  status: string;
  hours: string | number;
}

const siteKindOf = (r: PlacementRow) => r.kind;
const districtOf = (r: PlacementRow) => r.district_code;

function withHours(cells: RawCell[], rows: PlacementRow[], keyOf: (r: PlacementRow) => string): RawCell[] {
  const hours = new Map<string, number>();
  for (const r of rows) hours.set(keyOf(r), (hours.get(keyOf(r)) ?? 0) + Number(r.hours));
  return cells.map((c) => ({ ...c, value: hours.get(c.key) ?? 0 }));
}

@Resolver()
export class WorkSiteStatisticsResolver {
  @Query(() => WorkSiteStatistics, {
    description: 'Placements and hours delivered by site kind and district, and capacity in use; small cells suppressed.',
  })
  async workSiteStatistics(
    @Arg('filter', () => StatisticsFilter, { nullable: true }) filter: StatisticsFilter | null,
    @Ctx() ctx: WorksitesContext,
  ): Promise<WorkSiteStatistics> {
    checkDistrictFilter('filter.districtCode', filter?.districtCode);
    const knex = ctx.em.getConnection().getKnex();
    const district = filter?.districtCode ?? null;
    const placementQuery = knex('placement as p')
      .join('work_site as s', 's.id', 'p.site_id')
      .leftJoin('attendance_record as a', function joinAttended() {
        // Only records no correction superseded, as the ledger counts them (a correction is a new row).
        this.on('a.placement_id', '=', 'p.id')
          .andOn('a.outcome', '=', knex.raw("'ATTENDED'"))
          .andOnNotExists(function notSuperseded() {
            this.select(knex.raw('1')).from('attendance_record as later').whereRaw('later.supersedes_id = a.id');
          });
      })
      .select('p.id', 's.kind', 's.district_code', 'p.status', knex.raw('coalesce(sum(a.hours), 0) as hours'))
      .groupBy('p.id', 's.kind', 's.district_code', 'p.status');
    if (district) placementQuery.where('s.district_code', district);
    const rows: PlacementRow[] = await ctx.em.getConnection().execute(placementQuery);
    const capacityQuery = knex('work_site as s')
      .where('s.active', true)
      .select(
        knex.raw('count(*)::int as sites'),
        knex.raw('coalesce(sum(s.capacity), 0)::int as capacity'),
        knex.raw(
          "(select coalesce(array_agg(p.id::text), '{}') from placement p where p.site_id = any(array_agg(s.id)) and p.status = 'ACTIVE') as in_use",
        ),
      );
    if (district) capacityQuery.where('s.district_code', district);
    const [capacity] = (await ctx.em.getConnection().execute(capacityQuery)) as Array<{
      sites: number;
      capacity: number;
      in_use: string[];
    }>;
    const k = ctx.smallCellThreshold;
    const keys = new CellKeys(ctx.cellKeySecret, 'placement');
    const rk = (r: PlacementRow) => keys.of(r.id);
    const inUse = capacity?.in_use ?? [];
    const table = suppressSmallCells(
      totalOf(rows, rk),
      [
        { dimension: 'siteKind', cells: withHours(countBy(rows, siteKindOf, keysOf(WORK_SITE_KINDS), rk), rows, siteKindOf) },
        { dimension: 'district', cells: withHours(countBy(rows, districtOf, districtKeys(), rk), rows, districtOf) },
      ],
      k,
    );
    const [bySiteKind, byDistrict] = table.breakdowns as [StatisticBreakdown, StatisticBreakdown];
    return Object.assign(new WorkSiteStatistics(), {
      threshold: k,
      placements: table.total,
      placementsSuppressed: table.totalSuppressed,
      bySiteKind,
      byDistrict,
      activeSites: capacity?.sites ?? 0,
      capacity: capacity?.capacity ?? 0,
      // People at work now: a count of persons, published like every other (sites and places are not).
      capacityInUse: publishCount(inUse.length, keys.cellOf(inUse), k),
    });
  }
}
