import type { EntityManager } from '@mikro-orm/postgresql';
import type { CountedGroup } from '@hub/federation';

/** Clients counted per combination of the dimensions the statistics break down by. */
export interface ClientGroup extends CountedGroup {
  districtCode: string;
  category: string;
  status: string;
  sex: string;
  /** Age in completed years on `today` (a 29 February birthday counts from 1 March, as ageOn does). */
  age: number;
}

/** The counts being made now, by district filter and day: requests that ask meanwhile share them. */
const counting = new Map<string, Promise<ClientGroup[]>>();

/**
 * Counts clients per (district, category, status, sex, age) in one statement, with each group's cell
 * key (the sum of its clients' `record_key` modulo 2^32): a few thousand groups instead of one loaded
 * row per client, and the same cells and keys as counting the clients one by one.
 *
 * The statement scans every client (about two seconds at a million), so requests for the same
 * district and day that arrive while it runs wait for its answer instead of scanning again: a few
 * analysts at once cost one scan, not one each, and stay within the gateway's deadline. Nothing is
 * kept once the statement has answered, so a later request always counts afresh.
 */
export function clientGroups(em: EntityManager, districtCode: string | null | undefined, today: string): Promise<ClientGroup[]> {
  const key = `${districtCode ?? '*'}|${today}`;
  let running = counting.get(key);
  if (!running) {
    running = countClientGroups(em, districtCode, today).finally(() => counting.delete(key));
    counting.set(key, running);
  }
  return running;
}

async function countClientGroups(
  em: EntityManager,
  districtCode: string | null | undefined,
  today: string,
): Promise<ClientGroup[]> {
  const knex = em.getConnection().getKnex();
  // Not age(): it counts a 29 February birthday as reached on 28 February, ageOn from 1 March.
  const age = knex.raw(
    "extract(year from ?::date)::int - extract(year from birth_date)::int - (to_char(birth_date, 'MM-DD') > ?)::int as age",
    [today, today.slice(5)],
  );
  const query = knex('client')
    .select('district_code', 'category', 'status', 'sex', age)
    .count({ n: '*' })
    .select(knex.raw('sum(record_key) % 4294967296 as cell_key'))
    .groupByRaw('1, 2, 3, 4, 5');
  if (districtCode) query.where('district_code', districtCode);
  const rows = (await query) as Array<{
    district_code: string;
    category: string;
    status: string;
    sex: string;
    age: number;
    n: string;
    cell_key: string;
  }>;
  return rows.map((r) => ({
    districtCode: r.district_code,
    category: r.category,
    status: r.status,
    sex: r.sex,
    age: Number(r.age),
    count: Number(r.n),
    cellKey: Number(r.cell_key),
  }));
}
