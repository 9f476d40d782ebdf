import { Arg, Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { FilterQuery } from '@mikro-orm/postgresql';
import {
  countBy,
  keysOf,
  StatisticBreakdown,
  StatisticsFilter,
  suppressSmallCells,
  CellKeys,
  totalOf,
  SuppressedStatistics,
  districtKeys,
  publishedStatistics,
} from '@hub/federation';
import { AGE_BANDS } from '@hub/reference';
import type { ChildProtectionContext } from '../context';
import { ProtectionCase } from '../protection-case/protection-case.entity';
import { CHILD_ROLES, PROTECTION_CASE_STATUSES, RISK_LEVELS, VIOLENCE_TYPES } from '../enums';
import { checkDistrictFilter } from '@hub/server';

/** Aggregate counts of protection cases in SIMFONI-PPA's categories, small cells suppressed. */
@ObjectType({
  description:
    'Aggregate counts of protection cases (*statistik kasus*) in SIMFONI-PPA categories, with small cells suppressed (DOMAIN.md §4).',
})
export class ChildProtectionStatistics extends SuppressedStatistics {
  @Field(() => Int, { nullable: true, description: 'All cases matching the filter; null when suppressed.' })
  total!: number | null;

  @Field() totalSuppressed!: boolean;

  @Field(() => StatisticBreakdown) byChildRole!: StatisticBreakdown;

  @Field(() => StatisticBreakdown, {
    description: 'A case with several concerns counts under each: cells do not add up to the total.',
  })
  byViolenceType!: StatisticBreakdown;

  @Field(() => StatisticBreakdown) byRiskLevel!: StatisticBreakdown;

  @Field(() => StatisticBreakdown) byStatus!: StatisticBreakdown;

  @Field(() => StatisticBreakdown) byDistrict!: StatisticBreakdown;

  @Field(() => StatisticBreakdown) byAgeBand!: StatisticBreakdown;
}

@Resolver()
export class ChildProtectionStatisticsResolver {
  @Query(() => ChildProtectionStatistics, {
    description: 'Protection cases by child role, violence type, risk, status, district and age band; small cells suppressed.',
  })
  async childProtectionStatistics(
    @Arg('filter', () => StatisticsFilter, { nullable: true }) filter: StatisticsFilter | null,
    @Ctx() ctx: ChildProtectionContext,
  ): Promise<ChildProtectionStatistics> {
    checkDistrictFilter('filter.districtCode', filter?.districtCode);
    const where: FilterQuery<ProtectionCase> = filter?.districtCode ? { districtCode: filter.districtCode } : {};
    const rows = await ctx.em.find(ProtectionCase, where, {
      fields: ['childRole', 'concerns', 'riskLevel', 'status', 'districtCode', 'childAgeBand'],
    });
    const k = ctx.smallCellThreshold;
    const keys = new CellKeys(ctx.cellKeySecret, 'protection_case');
    const rk = (r: { id: string }) => keys.of(r.id);
    const table = suppressSmallCells(
      totalOf(rows, rk),
      [
        { dimension: 'childRole', cells: countBy(rows, (r) => r.childRole, keysOf(CHILD_ROLES), rk) },
        { dimension: 'violenceType', cells: countBy(rows, (r) => r.concerns, keysOf(VIOLENCE_TYPES), rk) },
        { dimension: 'riskLevel', cells: countBy(rows, (r) => r.riskLevel, keysOf(RISK_LEVELS), rk) },
        { dimension: 'status', cells: countBy(rows, (r) => r.status, keysOf(PROTECTION_CASE_STATUSES), rk) },
        { dimension: 'district', cells: countBy(rows, (r) => r.districtCode, districtKeys(), rk) },
        { dimension: 'ageBand', cells: countBy(rows, (r) => r.childAgeBand, keysOf(AGE_BANDS.slice(0, 3)), rk) },
      ],
      k,
    );
    const names = ['byChildRole', 'byViolenceType', 'byRiskLevel', 'byStatus', 'byDistrict', 'byAgeBand'] as const;
    return Object.assign(new ChildProtectionStatistics(), publishedStatistics(k, table, names));
  }
}
