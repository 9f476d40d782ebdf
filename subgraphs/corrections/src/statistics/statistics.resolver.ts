import { Arg, Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import {
  countGroups,
  keysOf,
  StatisticBreakdown,
  StatisticsFilter,
  suppressSmallCells,
  totalOfGroups,
  SuppressedStatistics,
  districtKeys,
  publishedStatistics,
} from '@hub/federation';
import { AGE_BANDS, ageBandFor, jakartaDate, SEXES } from '@hub/reference';
import type { CorrectionsContext } from '../context';
import { CLIENT_CATEGORIES, CLIENT_STATUSES } from '../enums';
import { clientGroups } from './client-groups';
import { checkDistrictFilter } from '@hub/server';

/** Aggregate counts of Bapas clients, small cells suppressed. */
@ObjectType({ description: 'Aggregate counts of Bapas clients (*statistik klien*), with small cells suppressed (DOMAIN.md §4).' })
export class CorrectionsStatistics extends SuppressedStatistics {
  @Field(() => Int, { nullable: true, description: 'All clients matching the filter; null when suppressed.' })
  total!: number | null;

  @Field() totalSuppressed!: boolean;

  @Field(() => StatisticBreakdown) byDistrict!: StatisticBreakdown;

  @Field(() => StatisticBreakdown) byCategory!: StatisticBreakdown;

  @Field(() => StatisticBreakdown) byStatus!: StatisticBreakdown;

  @Field(() => StatisticBreakdown) byAgeBand!: StatisticBreakdown;

  @Field(() => StatisticBreakdown) bySex!: StatisticBreakdown;
}

@Resolver()
export class CorrectionsStatisticsResolver {
  @Query(() => CorrectionsStatistics, {
    description:
      'Clients by district, category, status, age band and sex; counts from 1 to k-1 suppressed. For analysts and the head of Bapas.',
  })
  async correctionsStatistics(
    @Arg('filter', () => StatisticsFilter, { nullable: true }) filter: StatisticsFilter | null,
    @Ctx() ctx: CorrectionsContext,
  ): Promise<CorrectionsStatistics> {
    checkDistrictFilter('filter.districtCode', filter?.districtCode);
    // Counted in the database per combination of dimensions, cell keys from each client's stored
    // record key; nothing identifying leaves the database.
    const groups = await clientGroups(ctx.em, filter?.districtCode, jakartaDate(new Date()));
    const k = ctx.smallCellThreshold;
    const table = suppressSmallCells(
      totalOfGroups(groups),
      [
        { dimension: 'district', cells: countGroups(groups, (g) => g.districtCode, districtKeys()) },
        { dimension: 'category', cells: countGroups(groups, (g) => g.category, keysOf(CLIENT_CATEGORIES)) },
        { dimension: 'status', cells: countGroups(groups, (g) => g.status, keysOf(CLIENT_STATUSES)) },
        { dimension: 'ageBand', cells: countGroups(groups, (g) => ageBandFor(g.age), keysOf(AGE_BANDS)) },
        { dimension: 'sex', cells: countGroups(groups, (g) => g.sex, keysOf(SEXES)) },
      ],
      k,
    );
    const names = ['byDistrict', 'byCategory', 'byStatus', 'byAgeBand', 'bySex'] as const;
    return Object.assign(new CorrectionsStatistics(), publishedStatistics(k, table, names));
  }
}
