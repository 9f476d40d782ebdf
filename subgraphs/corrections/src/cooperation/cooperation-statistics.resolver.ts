import DataLoader from 'dataloader';
import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import {
  cooperationKeyOfText,
  cooperationKeyText,
  cooperationRows,
  isCooperationQuarterKey,
  validateCooperationArguments,
  type CooperationQuarterKey,
} from '@hub/federation';
import type { CorrectionsContext } from '../context';
import { CooperationQuarter, CooperationStatistics, correctionsQuarters, toCsv } from './cooperation-statistics';

@Resolver(() => CooperationStatistics)
export class CooperationStatisticsResolver {
  @Query(() => CooperationStatistics, {
    description:
      "Joint monitoring of the cooperation agreement by district and quarter: Bapas's referrals, orders by outcome, breach reports and capacity-building events, DP3AP2KB's responses and services (`childProtection`), the work-site providers' hours (`workSites`); counts from 1 to k-1 suppressed. For analysts, the head of Bapas and DP3AP2KB's case managers.",
  })
  async cooperationStatistics(
    @Arg('year', () => Int) year: number,
    @Arg('districtCode', () => String, { nullable: true }) districtCode: string | null,
    @Ctx() ctx: CorrectionsContext,
  ): Promise<CooperationStatistics> {
    validateCooperationArguments(year, districtCode);
    const quarters = await correctionsQuarters(ctx, cooperationRows(year, districtCode));
    return Object.assign(new CooperationStatistics(), {
      year,
      threshold: ctx.smallCellThreshold,
      quarters,
      csv: toCsv(year, quarters),
    });
  }
}

const loaders = new WeakMap<object, DataLoader<string, CooperationQuarter | null>>();

/** The request's loader of rows by key: every representation of one `_entities` call in one batch. */
function loaderOf(ctx: CorrectionsContext): DataLoader<string, CooperationQuarter | null> {
  let loader = loaders.get(ctx);
  if (!loader) {
    loader = new DataLoader((texts) => correctionsQuarters(ctx, texts.map(cooperationKeyOfText)));
    loaders.set(ctx, loader);
  }
  return loader;
}

/** A row asked for by its key (the gateway's `_entities`); a key that names no row resolves to null. */
export const cooperationQuarterReference = {
  __resolveReference: (ref: Partial<CooperationQuarterKey>, ctx: CorrectionsContext) =>
    isCooperationQuarterKey(ref) ? loaderOf(ctx).load(cooperationKeyText(ref)) : null,
};
