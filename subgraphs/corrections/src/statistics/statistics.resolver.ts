import { Arg, Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { countGroups, keysOf, StatisticBreakdown, StatisticsFilter, suppressSmallCells, totalOfGroups } from '@hub/federation';
import { AGE_BANDS, ageBandFor, DISTRICTS, isDistrictCode, jakartaDate, SEXES } from '@hub/reference';
import { BadUserInputError } from '@hub/errors';
import type { CorrectionsContext } from '../context';
import { CLIENT_CATEGORIES, CLIENT_STATUSES } from '../enums';
import { clientGroups } from './client-groups';

/** Aggregate counts of Bapas clients, small cells suppressed. */
@ObjectType({ description: 'Aggregate counts of Bapas clients (*statistik klien*), with small cells suppressed (DOMAIN.md §4).' })
export class CorrectionsStatistics {
  @Field(() => Int, { description: 'Counts from 1 to this minus 1 are suppressed.' })
  threshold!: number;

  @Field(() => Int, { nullable: true, description: 'All clients matching the filter; null when suppressed.' })
  total!: number | null;

  @Field()
  totalSuppressed!: boolean;

  @Field(() => StatisticBreakdown)
  byDistrict!: StatisticBreakdown;

  @Field(() => StatisticBreakdown)
  byCategory!: StatisticBreakdown;

  @Field(() => StatisticBreakdown)
  byStatus!: StatisticBreakdown;

  @Field(() => StatisticBreakdown)
  byAgeBand!: StatisticBreakdown;

  @Field(() => StatisticBreakdown)
  bySex!: StatisticBreakdown;
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
    if (filter?.districtCode && !isDistrictCode(filter.districtCode)) {
      throw new BadUserInputError('filter.districtCode', `"${filter.districtCode}" is not a Jambi district code (e.g. 1507).`);
    }
    // Counted in the database per combination of dimensions, cell keys from each client's stored
    // record key; nothing identifying leaves the database.
    const groups = await clientGroups(ctx.em, filter?.districtCode, jakartaDate(new Date()));
    const k = ctx.smallCellThreshold;
    const table = suppressSmallCells(
      totalOfGroups(groups),
      [
        {
          dimension: 'district',
          cells: countGroups(
            groups,
            (g) => g.districtCode,
            DISTRICTS.map((d) => ({ key: d.code, label: d.name })),
          ),
        },
        { dimension: 'category', cells: countGroups(groups, (g) => g.category, keysOf(CLIENT_CATEGORIES)) },
        { dimension: 'status', cells: countGroups(groups, (g) => g.status, keysOf(CLIENT_STATUSES)) },
        { dimension: 'ageBand', cells: countGroups(groups, (g) => ageBandFor(g.age), keysOf(AGE_BANDS)) },
        { dimension: 'sex', cells: countGroups(groups, (g) => g.sex, keysOf(SEXES)) },
      ],
      k,
    );
    const [byDistrict, byCategory, byStatus, byAgeBand, bySex] = table.breakdowns as [
      StatisticBreakdown,
      StatisticBreakdown,
      StatisticBreakdown,
      StatisticBreakdown,
      StatisticBreakdown,
    ];
    return Object.assign(new CorrectionsStatistics(), {
      threshold: k,
      total: table.total,
      totalSuppressed: table.totalSuppressed,
      byDistrict,
      byCategory,
      byStatus,
      byAgeBand,
      bySex,
    });
  }
}
