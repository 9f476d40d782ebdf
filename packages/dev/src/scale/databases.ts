import { join, resolve } from 'node:path';
import { SUBGRAPH_NAMES, currentEnvironment, type DevConfig, type SubgraphName } from '@hub/config';
import { databaseUrlFor, ensureDatabase, startEmbeddedPostgres, type RunningPostgres } from '@hub/db';
import { generateDemoWorld } from '@hub/demo';
import { jakartaDate } from '@hub/reference';
import { DATABASE_NAMES, REPO_ROOT, startHub, type RunningHub } from '../hub';
import { loadOrCreateSecrets } from '../secrets';
import { generatedClientCount, loadScaleWorld, progressBar } from './load';
import { scaleBaseOf } from './scale-world';

/** The three databases, on the embedded PostgreSQL in `dataDir` or at the configured URLs. */
export interface HubDatabases {
  databaseUrls: Record<SubgraphName, string>;
  dataDir: string;
  stop(): Promise<void>;
}

/** Opens the configured databases (URLs), or starts the embedded PostgreSQL in `dataDir` and creates them. */
export async function openDatabases(config: DevConfig, dataDir: string, reset = false): Promise<HubDatabases> {
  if (config.databaseUrls) return { databaseUrls: config.databaseUrls, dataDir, stop: async () => undefined };
  const postgres: RunningPostgres = await startEmbeddedPostgres({
    dataDir: join(dataDir, 'pg'),
    port: config.postgresPort,
    reset,
  });
  for (const name of SUBGRAPH_NAMES) await ensureDatabase(postgres.adminUrl, DATABASE_NAMES[name]);
  const databaseUrls = Object.fromEntries(SUBGRAPH_NAMES.map((n) => [n, databaseUrlFor(postgres.adminUrl, DATABASE_NAMES[n])]));
  return { databaseUrls: databaseUrls as Record<SubgraphName, string>, dataDir, stop: () => postgres.stop() };
}

/** Starts the hub on open databases (it migrates and seeds the demo world when they are empty). */
export function startHubOn(config: DevConfig, databases: HubDatabases, quiet = true): Promise<RunningHub> {
  return startHub({
    host: config.host,
    ports: config.ports,
    secrets: loadOrCreateSecrets(databases.dataDir),
    databaseUrls: databases.databaseUrls,
    ...(config.seedToday ? { seedToday: config.seedToday } : {}),
    nodeEnv: 'development',
    logLevel: 'warn',
    quiet,
    baseEnv: currentEnvironment(),
  });
}

/**
 * Makes sure the databases hold exactly `clients` generated clients on top of the demo world:
 * migrates and seeds the demo (by starting the hub once), then loads the generated rows.
 * Returns false when the databases already hold a different number (they are left alone).
 */
export async function ensureScaleWorld(
  config: DevConfig,
  databases: HubDatabases,
  clients: number,
  log: (line: string) => void,
): Promise<boolean> {
  const hub = await startHubOn(config, databases);
  await hub.stop();
  const existing = await generatedClientCount(databases.databaseUrls.corrections);
  if (existing === clients) {
    log(`the databases already hold ${clients} generated clients`);
    return true;
  }
  if (existing > 0) {
    log(`the databases hold ${existing} generated clients, not ${clients}: use fresh databases (or --reset on the embedded one)`);
    return false;
  }
  const today = config.seedToday ?? jakartaDate(new Date());
  const started = Date.now();
  log(`generating ${clients} clients (and their cases, Litmas, orders, placements, attendance, referrals, protection cases)`);
  const counts = await loadScaleWorld({
    databaseUrls: databases.databaseUrls,
    base: scaleBaseOf(generateDemoWorld(today)),
    clients,
    onProgress: progressBar(),
  });
  const rows = Object.values(counts).reduce((a, b) => a + b, 0);
  log(`loaded ${rows} rows in ${((Date.now() - started) / 1000).toFixed(1)} s:`);
  for (const [table, n] of Object.entries(counts)) log(`  ${table.padEnd(24)} ${String(n).padStart(10)}`);
  return true;
}

/** The repository-relative data folder of the configuration, made absolute. */
export function dataDirOf(config: DevConfig): string {
  return resolve(REPO_ROOT, config.dataDir);
}
