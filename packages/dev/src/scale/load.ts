import { once } from 'node:events';
import { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { SubgraphName } from '@hub/config';
import { rowsForClient, TABLES, type ScaleBase } from './scale-world';

const CHUNK = 5_000;

/** The number of generated clients already in the corrections database (0 for a fresh one), by their id marker. */
export async function generatedClientCount(correctionsUrl: string): Promise<number> {
  const db = new Client({ connectionString: correctionsUrl });
  await db.connect();
  try {
    const { rows } = await db.query<{ n: string }>("select count(*) as n from client where id::text like '%-5ca1-4001-8000-%'");
    return Number(rows[0]?.n ?? 0);
  } finally {
    await db.end();
  }
}

/**
 * Loads `clients` generated clients and everything that hangs off them into the three databases with
 * COPY, table level by table level (foreign keys), one connection per table of a level.
 * Column lists are explicit: columns added later with defaults keep their defaults.
 */
export async function loadScaleWorld(options: {
  databaseUrls: Record<SubgraphName, string>;
  base: ScaleBase;
  clients: number;
  onProgress?: (done: number, total: number, label: string) => void;
}): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  const levels = [...new Set(TABLES.map((t) => t.level))].sort();
  const total = levels.length * options.clients;
  let done = 0;
  for (const level of levels) {
    const specs = TABLES.filter((t) => t.level === level);
    const copies = await Promise.all(
      specs.map(async (spec) => {
        const db = new Client({ connectionString: options.databaseUrls[spec.database] });
        await db.connect();
        const stream = db.query(copyFrom(`copy ${spec.table} (${spec.columns.join(', ')}) from stdin`));
        const finished = new Promise<void>((ok, fail) => {
          stream.on('finish', ok);
          stream.on('error', fail);
        });
        return { spec, db, stream, finished };
      }),
    );
    const want = new Set(specs.map((s) => s.table));
    try {
      for (let start = 1; start <= options.clients; start += CHUNK) {
        const end = Math.min(options.clients, start + CHUNK - 1);
        const out = new Map(specs.map((s) => [s.table, [] as string[]]));
        for (let n = start; n <= end; n += 1) rowsForClient(options.base, n, want, out);
        await Promise.all(
          copies.map(async ({ spec, stream }) => {
            const lines = out.get(spec.table)!;
            counts[spec.table] = (counts[spec.table] ?? 0) + lines.length;
            if (lines.length && !stream.write(lines.join(''))) await once(stream, 'drain');
          }),
        );
        done += end - start + 1;
        options.onProgress?.(done, total, specs.map((s) => s.table).join(', '));
      }
      for (const c of copies) c.stream.end();
      await Promise.all(copies.map((c) => c.finished));
    } finally {
      await Promise.all(copies.map((c) => c.db.end().catch(() => undefined)));
    }
  }
  // Fresh planner statistics and visibility maps: queries after a load are planned on the real sizes,
  // and counts can be answered from an index alone.
  for (const url of new Set(Object.values(options.databaseUrls))) {
    const db = new Client({ connectionString: url });
    await db.connect();
    try {
      await db.query('vacuum analyze');
    } finally {
      await db.end();
    }
  }
  return counts;
}

/** A one-line progress bar on a terminal (a line every 10 % otherwise). */
export function progressBar(stream: NodeJS.WriteStream = process.stderr): (done: number, total: number, label: string) => void {
  const started = Date.now();
  let lastTenth = -1;
  return (done, total, label) => {
    const share = done / total;
    const width = 30;
    const bar = `${'#'.repeat(Math.round(share * width))}${'-'.repeat(width - Math.round(share * width))}`;
    const line = `[${bar}] ${(share * 100).toFixed(0).padStart(3)}%  ${((Date.now() - started) / 1000).toFixed(1)} s  ${label}`;
    if (stream.isTTY) stream.write(`\r${line.slice(0, (stream.columns ?? 120) - 1).padEnd((stream.columns ?? 120) - 1)}`);
    else if (Math.floor(share * 10) > lastTenth) {
      lastTenth = Math.floor(share * 10);
      stream.write(`${line}\n`);
    }
    if (done === total && stream.isTTY) stream.write('\n');
  };
}
