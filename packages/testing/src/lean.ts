import type { EntityManager } from '@mikro-orm/postgresql';
import type { Server } from 'node:http';
import type { SubgraphConfig } from '@hub/config';
import { findLean, findLeanByKey } from '@hub/db';
import { generateDemoWorld } from '@hub/demo';
import type { Logger } from '@hub/errors';
import { subgraphUnderTest } from './subgraph';

/** A value as text, for comparing what the ORM hydrated with what a lean read gives. */
function comparable(value: unknown): string {
  if (value instanceof Date) return `Date:${value.toISOString()}`;
  return `${typeof value}:${JSON.stringify(value)}`;
}

/**
 * Reads every row of every entity of the ORM three times, as managed entities (`em.find`) and lean
 * (`findLean` as a list page reads, `findLeanByKey` as a loader reads), and lists every difference: a
 * row of another class, a property missing or of another value or type. Empty when the lean read
 * path gives the resolvers exactly what the ORM gives.
 */
export async function leanReadDifferences(em: EntityManager): Promise<{ rows: number; differences: string[] }> {
  const differences: string[] = [];
  let rows = 0;
  for (const meta of Object.values(em.getMetadata().getAll())) {
    if (meta.abstract || meta.virtual || meta.embeddable || !meta.class || meta.primaryKeys.length !== 1) continue;
    const orderBy = { [meta.primaryKeys[0]!]: 'asc' as const };
    const managed = (await em.fork().find(meta.class, {}, { orderBy })) as unknown as Array<Record<string, unknown>>;
    const pk = meta.primaryKeys[0]!;
    const fork = em.fork();
    const ids = managed.map((m) => String(m[pk]));
    const asRows = (objects: unknown) => objects as Array<Record<string, unknown>>;
    const reads: Array<[string, Array<Record<string, unknown>>]> = [
      ['lean (a list page)', asRows(await findLean(fork, meta.class, fork.createQueryBuilder(meta.class).orderBy(orderBy)))],
      ['lean by key (a loader)', asRows(await findLeanByKey(fork, meta.class, pk, ids, orderBy))],
    ];
    for (const [how, lean] of reads) {
      if (managed.length !== lean.length)
        differences.push(`${meta.className}: ${managed.length} rows managed, ${lean.length} ${how}`);
      managed.forEach((m, i) => {
        const l = lean[i]!;
        rows += 1;
        if (!(l instanceof meta.class)) differences.push(`${meta.className}[${i}] ${how}: not an instance of its class`);
        for (const prop of meta.props) {
          if (prop.persist === false) continue;
          const a = comparable(m[prop.name]);
          const b = comparable(l[prop.name]);
          if (a !== b) differences.push(`${meta.className}[${i}].${prop.name}: ${a} managed, ${b} ${how}`);
        }
      });
    }
  }
  return { rows, differences };
}

/**
 * The test every subgraph runs on its lean read path: its demo world on a database of its own, every
 * row of every entity read as the ORM hydrates it and lean, no difference allowed.
 */
export function testLeanReads<App extends { http: Server; close(): Promise<void>; orm: { em: EntityManager } }>(
  create: (config: SubgraphConfig, log: Logger) => Promise<App>,
  databasePrefix: string,
): void {
  const subgraph = subgraphUnderTest(create, databasePrefix, generateDemoWorld('2026-11-20'));
  beforeAll(() => subgraph.start());
  afterAll(() => subgraph.stop());
  it('reads every demo row of every entity lean exactly as the ORM hydrates it', async () => {
    const { rows, differences } = await leanReadDifferences(subgraph.app.orm.em.fork());
    expect(differences).toEqual([]);
    expect(rows).toBeGreaterThan(50);
  });
}
