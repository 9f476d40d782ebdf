import { Arg, Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { FilterQuery } from '@mikro-orm/postgresql';
import { CellKeys, countBy, keysOf, StatisticBreakdown, StatisticsFilter, suppressSmallCells, totalOf } from '@hub/federation';
import { AGE_BANDS, ageBandFor, ageOn, DISTRICTS, isDistrictCode, jakartaDate, SEXES } from '@hub/reference';
import { BadUserInputError } from '@hub/errors';
import type { CorrectionsContext } from '../context';
import { Client } from '../client/client.entity';
import { CLIENT_CATEGORIES, CLIENT_STATUSES } from '../enums';

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
    const where: FilterQuery<Client> = filter?.districtCode ? { districtCode: filter.districtCode } : {};
    // Only the columns the counts need; nothing identifying leaves this function.
    const rows = await ctx.em.find(Client, where, { fields: ['districtCode', 'category', 'status', 'sex', 'birthDate'] });
    const today = jakartaDate(new Date());
    const k = ctx.smallCellThreshold;
    const keys = new CellKeys(ctx.cellKeySecret, 'client');
    const rk = (r: { id: string }) => keys.of(r.id);
    const table = suppressSmallCells(
      totalOf(rows, rk),
      [
        {
          dimension: 'district',
          cells: countBy(
            rows,
            (r) => r.districtCode,
            DISTRICTS.map((d) => ({ key: d.code, label: d.name })),
            rk,
          ),
        },
        { dimension: 'category', cells: countBy(rows, (r) => r.category, keysOf(CLIENT_CATEGORIES), rk) },
        { dimension: 'status', cells: countBy(rows, (r) => r.status, keysOf(CLIENT_STATUSES), rk) },
        { dimension: 'ageBand', cells: countBy(rows, (r) => ageBandFor(ageOn(r.birthDate, today)), keysOf(AGE_BANDS), rk) },
        { dimension: 'sex', cells: countBy(rows, (r) => r.sex, keysOf(SEXES), rk) },
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
