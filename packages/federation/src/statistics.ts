import { Directive, Field, Float, InputType, Int, ObjectType } from 'type-graphql';

/** A count before suppression. */
export interface RawCell {
  key: string;
  label: string;
  count: number;
  /** For sums (e.g. hours): the value published with the count; suppressed with it. */
  value?: number;
}

/** One cell of a published breakdown: the count, or null when suppressed. */
@ObjectType({ description: 'One cell of an aggregate (*sel statistik*): the count, or null when it is suppressed as too small.' })
@Directive('@shareable')
export class StatisticCell {
  @Field({ description: 'Code of the category, e.g. "1507" or "CHILD_IN_CONFLICT".' })
  key!: string;

  @Field({ description: 'Readable name of the category.' })
  label!: string;

  @Field(() => Int, { nullable: true, description: 'How many; null when suppressed.' })
  count!: number | null;

  @Field(() => Float, { nullable: true, description: 'A sum carried with the count (e.g. hours), suppressed with it.' })
  value!: number | null;

  @Field({ description: 'True when the count is hidden: too small, or it would let a small count be recomputed.' })
  suppressed!: boolean;
}

/** A breakdown of the same population by one dimension. */
@ObjectType({ description: 'Counts of one population by one dimension, with small cells suppressed.' })
@Directive('@shareable')
export class StatisticBreakdown {
  @Field({ description: 'The dimension, e.g. "district".' })
  dimension!: string;

  @Field(() => [StatisticCell])
  cells!: StatisticCell[];
}

/** A suppressed aggregate: the population total and its breakdowns. */
export interface SuppressedTable {
  total: number | null;
  totalSuppressed: boolean;
  breakdowns: StatisticBreakdown[];
}

const isSmall = (n: number, k: number): boolean => n >= 1 && n < k;

/**
 * Small-cell suppression (DOMAIN.md §4, principle 5). Every count from 1 to k-1 is suppressed
 * (primary). Within each breakdown whose cells add up to the published total, a single suppressed
 * cell could be recomputed as total minus the others, so the smallest other non-zero cell is
 * suppressed too (secondary). A total from 1 to k-1 is suppressed with every cell. Zero is shown:
 * it identifies no one. `additive: false` marks a breakdown whose cells need not add up to the total
 * (a case with several concerns counts in each).
 */
export function suppressSmallCells(
  total: number,
  breakdowns: Array<{ dimension: string; cells: RawCell[]; additive?: boolean }>,
  k: number,
): SuppressedTable {
  const totalSuppressed = isSmall(total, k);
  return {
    total: totalSuppressed ? null : total,
    totalSuppressed,
    breakdowns: breakdowns.map(({ dimension, cells, additive = true }) => {
      const hidden = new Set<number>();
      cells.forEach((c, i) => {
        if (totalSuppressed ? c.count > 0 : isSmall(c.count, k)) hidden.add(i);
      });
      if (!totalSuppressed && additive && hidden.size === 1) {
        // The smallest other non-zero cell hides the first one's value from total − others.
        let partner = -1;
        cells.forEach((c, i) => {
          if (!hidden.has(i) && c.count > 0 && (partner < 0 || c.count < cells[partner]!.count)) partner = i;
        });
        if (partner >= 0) hidden.add(partner);
      }
      return Object.assign(new StatisticBreakdown(), {
        dimension,
        cells: cells.map((c, i) =>
          Object.assign(new StatisticCell(), {
            key: c.key,
            label: c.label,
            count: hidden.has(i) ? null : c.count,
            value: hidden.has(i) || c.value === undefined ? null : c.value,
            suppressed: hidden.has(i),
          }),
        ),
      });
    }),
  };
}

/** Filter for statistics queries. */
@InputType({ description: 'Filter for aggregate statistics.' })
export class StatisticsFilter {
  @Field(() => String, { nullable: true, description: 'Only this district (BPS code).' })
  districtCode?: string | null;
}

/** Counts the rows per key, with a cell (possibly 0) for every key of `keys`, in that order. */
export function countBy<T>(
  rows: T[],
  keyOf: (row: T) => string | string[],
  keys: Array<{ key: string; label: string }>,
): RawCell[] {
  const counts = new Map<string, number>();
  for (const row of rows) {
    const k = keyOf(row);
    for (const key of Array.isArray(k) ? k : [k]) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return keys.map(({ key, label }) => ({ key, label, count: counts.get(key) ?? 0 }));
}

/** Enum values as keys labelled with themselves. */
export function keysOf(values: readonly string[]): Array<{ key: string; label: string }> {
  return values.map((v) => ({ key: v, label: v }));
}
