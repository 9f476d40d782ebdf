import type { EntityManager } from '@mikro-orm/postgresql';
import type { RawCell } from '@hub/federation';

/** Clients counted per combination of the dimensions the statistics break down by. */
export interface ClientGroup {
  districtCode: string;
  category: string;
  status: string;
  sex: string;
  /** Age in completed years on `today` (a 29 February birthday counts from 1 March, as ageOn does). */
  age: number;
  n: number;
}

/**
 * Counts clients per (district, category, status, sex, age) in the database: a few thousand groups
 * instead of one loaded row per client (a million clients would not fit the process's memory).
 */
export async function clientGroups(
  em: EntityManager,
  districtCode: string | null | undefined,
  today: string,
): Promise<ClientGroup[]> {
  const knex = em.getConnection().getKnex();
  const age = knex.raw(
    "extract(year from ?::date)::int - extract(year from birth_date)::int - (to_char(birth_date, 'MM-DD') > ?)::int as age",
    [today, today.slice(5)],
  );
  const query = knex('client')
    .select('district_code', 'category', 'status', 'sex', age)
    .count({ n: '*' })
    .groupByRaw('1, 2, 3, 4, 5');
  if (districtCode) query.where('district_code', districtCode);
  const rows = (await query) as Array<{
    district_code: string;
    category: string;
    status: string;
    sex: string;
    age: number;
    n: string;
  }>;
  return rows.map((r) => ({
    districtCode: r.district_code,
    category: r.category,
    status: r.status,
    sex: r.sex,
    age: Number(r.age),
    n: Number(r.n),
  }));
}

/** Sums the groups per key, with a cell (possibly 0) for every key of `keys`, in that order (countBy for counted groups). */
export function countGroups(
  groups: ClientGroup[],
  keyOf: (group: ClientGroup) => string,
  keys: Array<{ key: string; label: string }>,
): RawCell[] {
  const counts = new Map<string, number>();
  for (const g of groups) counts.set(keyOf(g), (counts.get(keyOf(g)) ?? 0) + g.n);
  return keys.map(({ key, label }) => ({ key, label, count: counts.get(key) ?? 0 }));
}
