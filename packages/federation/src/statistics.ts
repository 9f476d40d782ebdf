import { createHmac } from 'node:crypto';
import { Directive, Field, Float, InputType, Int, ObjectType } from 'type-graphql';
import { DISTRICTS } from '@hub/reference';

/** A count before publication, with the cell key of the records it counts (see `CellKeys`). */
export interface RawCell {
  key: string;
  label: string;
  count: number;
  /** The sum of the counted records' keys modulo 2^32: the same records always give the same key. */
  cellKey: number;
  /** For sums (e.g. hours): the value published with the count; perturbed and suppressed with it. */
  value?: number;
}

/** One cell of a published breakdown: the count, or null when suppressed. */
@ObjectType({ description: 'One cell of an aggregate (*sel statistik*): the count, or null when it is suppressed as too small.' })
@Directive('@shareable')
export class StatisticCell {
  @Field({ description: 'Code of the category, e.g. "1507" or "CHILD_IN_CONFLICT".' }) key!: string;

  @Field({ description: 'Readable name of the category.' }) label!: string;

  @Field(() => Int, {
    nullable: true,
    description:
      'How many, rounded at random to a multiple of k (the same cell always the same way); 0 is exact; null when suppressed.',
  })
  count!: number | null;

  @Field(() => Float, { nullable: true, description: 'A sum carried with the count (e.g. hours), suppressed with it.' })
  value!: number | null;

  @Field({ description: 'True when the count is hidden: from 1 to k-1, or the whole population is smaller than k.' })
  suppressed!: boolean;
}

/**
 * The base of a subgraph's statistics type: the threshold k its cells were suppressed with. The
 * statistics type is the subclass, with its own name, total and breakdowns.
 */
@ObjectType()
export abstract class SuppressedStatistics {
  @Field(() => Int, { description: 'Counts from 1 to this minus 1 are suppressed.' }) threshold!: number;
}

/** A breakdown of the same population by one dimension. */
@ObjectType({ description: 'Counts of one population by one dimension, with small cells suppressed.' })
@Directive('@shareable')
export class StatisticBreakdown {
  @Field({ description: 'The dimension, e.g. "district".' }) dimension!: string;

  @Field(() => [StatisticCell]) cells!: StatisticCell[];
}

/** A published aggregate: the population total and its breakdowns. */
export interface SuppressedTable {
  total: number | null;
  totalSuppressed: boolean;
  breakdowns: StatisticBreakdown[];
}

const KEY_SPACE = 2 ** 32;

/**
 * Record keys for the cell-key method: each record's key is a keyed hash (HMAC-SHA-256 with a secret
 * of the subgraph) of its table and id, a number in [0, 2^32) — stable for the record, unguessable
 * without the secret, and nothing is stored.
 */
export class CellKeys {
  private readonly cache = new Map<string, number>();

  constructor(
    private readonly secret: string,
    private readonly table: string,
  ) {}

  /** The record's key. */
  of(id: string): number {
    let key = this.cache.get(id);
    if (key === undefined) {
      key = createHmac('sha256', this.secret).update(`${this.table}:${id}`).digest().readUInt32BE(0);
      this.cache.set(id, key);
    }
    return key;
  }

  /** The key of a cell: the sum of its records' keys modulo 2^32 (the "sum mod 1" of the method). */
  cellOf(ids: Iterable<string>): number {
    let key = 0;
    for (const id of ids) key = (key + this.of(id)) % KEY_SPACE;
    return key;
  }
}

/** Sums (hours) are rounded at random to this base, decided by the cell key like the counts. */
export const VALUE_ROUNDING_BASE = 10;

/**
 * Unbiased random rounding of `n` to a multiple of `base`, the direction decided by the cell key: up
 * with probability (n mod base) / base. The same cell (the same records) always rounds the same way,
 * whichever query asks for it, so asking again or by another route averages nothing away.
 */
export function roundWithCellKey(n: number, base: number, cellKey: number): number {
  const rest = ((n % base) + base) % base;
  if (rest === 0) return n;
  const down = n - rest;
  return cellKey / KEY_SPACE < rest / base ? down + base : down;
}

/** The published form of one count: zero stays zero, 1..k-1 is suppressed, k and above rounded to base k. */
export function publishCount(count: number, cellKey: number, k: number): number | null {
  if (count === 0) return 0;
  if (count < k) return null;
  return roundWithCellKey(count, k, cellKey);
}

/**
 * The statistics' disclosure control (README, "Aggregates"): cell-key random rounding to base k.
 *
 * - A population (the filtered total) of 1 to k-1 publishes nothing: its total and every cell, zeros
 *   included, are suppressed (zeros around a small population would tell its members' categories).
 * - Otherwise each cell: 0 stays 0; 1 to k-1 is suppressed; k and more is rounded to a multiple of k,
 *   up or down as its cell key decides, never below k. Sums are rounded to `VALUE_ROUNDING_BASE` the
 *   same way and hidden with their count.
 * - The total is a cell of its own, rounded independently: cells need not add up to it.
 *
 * Every published count is therefore 0 or a multiple of k, so the difference of any two published
 * counts, from any two queries, is a multiple of k: never a count from 1 to k-1.
 */
export function suppressSmallCells(
  total: { count: number; cellKey: number },
  breakdowns: Array<{ dimension: string; cells: RawCell[] }>,
  k: number,
): SuppressedTable {
  const smallPopulation = total.count > 0 && total.count < k;
  const publishedTotal = smallPopulation ? null : publishCount(total.count, total.cellKey, k);
  return {
    total: publishedTotal,
    totalSuppressed: publishedTotal === null,
    breakdowns: breakdowns.map(({ dimension, cells }) =>
      Object.assign(new StatisticBreakdown(), {
        dimension,
        cells: cells.map((c) => {
          const count = smallPopulation ? null : publishCount(c.count, c.cellKey, k);
          // The value's rounding uses the other half of the key's bits, so it tells nothing about the count's.
          const valueKey = ((c.cellKey * 2654435761) >>> 0) % KEY_SPACE;
          const value =
            count === null || c.value === undefined ? null : roundWithCellKey(Math.round(c.value), VALUE_ROUNDING_BASE, valueKey);
          return Object.assign(new StatisticCell(), { key: c.key, label: c.label, count, value, suppressed: count === null });
        }),
      }),
    ),
  };
}

/** Filter for statistics queries. */
@InputType({ description: 'Filter for aggregate statistics.' })
export class StatisticsFilter {
  @Field(() => String, { nullable: true, description: 'Only this district (BPS code).' }) districtCode?: string | null;
}

/**
 * Counts the rows per key, with a cell (possibly 0) for every key of `keys`, in that order, and each
 * cell's key from its rows' record keys.
 */
export function countBy<T>(
  rows: T[],
  keyOf: (row: T) => string | string[],
  keys: Array<{ key: string; label: string }>,
  recordKeyOf: (row: T) => number,
): RawCell[] {
  const counts = new Map<string, { count: number; cellKey: number }>();
  for (const row of rows) {
    const k = keyOf(row);
    const recordKey = recordKeyOf(row);
    for (const key of Array.isArray(k) ? k : [k]) {
      const cell = counts.get(key) ?? { count: 0, cellKey: 0 };
      cell.count += 1;
      cell.cellKey = (cell.cellKey + recordKey) % KEY_SPACE;
      counts.set(key, cell);
    }
  }
  return keys.map(({ key, label }) => ({
    key,
    label,
    count: counts.get(key)?.count ?? 0,
    cellKey: counts.get(key)?.cellKey ?? 0,
  }));
}

/** The population total as a cell: its count and cell key. */
export function totalOf<T>(rows: T[], recordKeyOf: (row: T) => number): { count: number; cellKey: number } {
  return { count: rows.length, cellKey: rows.reduce((key, row) => (key + recordKeyOf(row)) % KEY_SPACE, 0) };
}

/** Records already counted elsewhere (e.g. by a GROUP BY in the database): how many, and their cell key. */
export interface CountedGroup {
  count: number;
  /** The sum of the group's record keys modulo 2^32. */
  cellKey: number;
}

/**
 * `countBy` for groups counted in the database: sums the groups' counts and cell keys (mod 2^32) per
 * key, with a cell (possibly 0) for every key of `keys`, in that order. Gives the cells `countBy` gives
 * for the same records with the same record keys.
 */
export function countGroups<T extends CountedGroup>(
  groups: T[],
  keyOf: (group: T) => string,
  keys: Array<{ key: string; label: string }>,
): RawCell[] {
  const cells = new Map<string, CountedGroup>();
  for (const g of groups) {
    const cell = cells.get(keyOf(g)) ?? { count: 0, cellKey: 0 };
    cell.count += g.count;
    cell.cellKey = (cell.cellKey + g.cellKey) % KEY_SPACE;
    cells.set(keyOf(g), cell);
  }
  return keys.map(({ key, label }) => ({ key, label, count: cells.get(key)?.count ?? 0, cellKey: cells.get(key)?.cellKey ?? 0 }));
}

/** `totalOf` for groups counted in the database. */
export function totalOfGroups(groups: CountedGroup[]): CountedGroup {
  return groups.reduce((t, g) => ({ count: t.count + g.count, cellKey: (t.cellKey + g.cellKey) % KEY_SPACE }), {
    count: 0,
    cellKey: 0,
  });
}

/** Enum values as keys labelled with themselves. */
export function keysOf(values: readonly string[]): Array<{ key: string; label: string }> {
  return values.map((v) => ({ key: v, label: v }));
}

/** The Jambi districts as keys (BPS code) labelled with their names, for a breakdown by district. */
export function districtKeys(): Array<{ key: string; label: string }> {
  return DISTRICTS.map((d) => ({ key: d.code, label: d.name }));
}

/**
 * What a statistics type (a `SuppressedStatistics`) publishes of a suppressed table: the threshold k,
 * the total and whether it was suppressed, and the breakdowns under the given names, in the order of
 * the table's dimensions.
 */
export function publishedStatistics<N extends string>(
  k: number,
  table: SuppressedTable,
  names: readonly N[],
): { threshold: number; total: number | null; totalSuppressed: boolean } & Record<N, StatisticBreakdown> {
  const breakdowns = Object.fromEntries(names.map((name, i) => [name, table.breakdowns[i]!])) as Record<N, StatisticBreakdown>;
  return { threshold: k, total: table.total, totalSuppressed: table.totalSuppressed, ...breakdowns };
}
