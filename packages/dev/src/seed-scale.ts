/**
 * `npm run seed:scale -- --clients 1000000 [--reset]`: fills the three databases (the embedded one in
 * HUB_DATA_DIR, or the *_DATABASE_URL ones) with a synthetic cooperation of that many clients, for
 * benchmarks. Synthetic people only; the same size and date always give the same rows.
 */
import { dataDirOf, ensureScaleWorld, openDatabases } from './scale/databases';
import { devConfigOrExit } from './config';

/** The value after `--name` on the command line, if any. */
export function argValue(argv: readonly string[], name: string): string | undefined {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
}

/** A count like 10000, 10k or 1M. */
export function parseCount(text: string): number {
  const match = /^(\d+(?:\.\d+)?)([kKmM]?)$/.exec(text.trim());
  if (!match) throw new Error(`"${text}" is not a count (e.g. 10000, 100k, 1M)`);
  const factor = { '': 1, k: 1_000, m: 1_000_000 }[match[2]!.toLowerCase() as '' | 'k' | 'm'];
  return Math.round(Number(match[1]) * factor);
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  let clients: number;
  try {
    clients = parseCount(argValue(argv, 'clients') ?? '10000');
    if (clients < 1 || clients > 10_000_000) throw new Error('--clients must be between 1 and 10,000,000');
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  }
  const config = devConfigOrExit();
  const reset = argv.includes('--reset');
  if (reset && config.databaseUrls) {
    process.stderr.write('--reset only applies to the embedded database; empty your own databases yourself\n');
    process.exit(2);
  }
  const databases = await openDatabases(config, dataDirOf(config), reset);
  let ok = false;
  try {
    ok = await ensureScaleWorld(config, databases, clients, (line) => process.stdout.write(`[seed:scale] ${line}\n`));
  } catch (error) {
    process.stderr.write(`[seed:scale] failed: ${error instanceof Error ? error.message : String(error)}\n`);
  } finally {
    await databases.stop();
  }
  process.exit(ok ? 0 : 1);
}

if (require.main === module) void main();
