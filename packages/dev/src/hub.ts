import { join, resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { SUBGRAPH_NAMES, type Environment, type SubgraphName } from '@hub/config';
import { assertPortFree, databaseUrlFor, ensureDatabase, startEmbeddedPostgres, type RunningPostgres } from '@hub/db';
import { startProcess, stopProcesses, waitUntilReady, type HubProcess, type RestartPolicy } from './processes';
import { DEMO_AUDIENCE, DEMO_ISSUER, type DemoSecrets } from './secrets';

/** The repository root (this file is packages/dev/dist/hub.js). */
export const REPO_ROOT = resolve(__dirname, '..', '..', '..');

/** Default database name of each subgraph. */
export const DATABASE_NAMES: Record<SubgraphName, string> = {
  corrections: 'hub_corrections',
  'child-protection': 'hub_child_protection',
  worksites: 'hub_worksites',
};

const ENV_PREFIX: Record<SubgraphName, string> = {
  corrections: 'CORRECTIONS',
  'child-protection': 'CHILD_PROTECTION',
  worksites: 'WORKSITES',
};

export interface HubOptions {
  host: string;
  ports: { gateway: number } & Record<SubgraphName, number>;
  secrets: DemoSecrets;
  /** Existing databases; otherwise an embedded PostgreSQL is started. */
  databaseUrls?: Record<SubgraphName, string>;
  embedded?: { dataDir: string; port: number; reset?: boolean };
  /** Pins the demo seed's "today". */
  seedToday?: string;
  nodeEnv: 'development' | 'test';
  logLevel: string;
  /** Silences the processes' logs (tests). */
  quiet?: boolean;
  /** The parent environment the children inherit (PATH and the like). */
  baseEnv: Environment;
  readyTimeoutMs?: number;
  onStatus?: (message: string) => void;
  /** Restart a subgraph or the gateway that exits (npm start); without it a process that exits stays down. */
  restart?: RestartPolicy;
  /** Extra environment for the gateway (deadlines and circuit settings in fault tests). */
  gatewayEnv?: Environment;
  /** Extra environment for the subgraphs. */
  subgraphEnv?: Environment;
}

/** A running hub: URLs, and a stop that leaves nothing behind. */
export interface RunningHub {
  gatewayUrl: string;
  subgraphUrls: Record<SubgraphName, string>;
  databaseUrls: Record<SubgraphName, string>;
  processes: HubProcess[];
  stop(): Promise<void>;
}

/**
 * Starts the whole hub: the database (embedded unless URLs are given), the three subgraphs (each
 * migrates and seeds its own database), then the gateway; resolves once every one is ready.
 */
export async function startHub(options: HubOptions): Promise<RunningHub> {
  const status = options.onStatus ?? (() => undefined);
  const supergraphPath = join(REPO_ROOT, 'schema', 'supergraph.graphql');
  if (!existsSync(supergraphPath)) throw new Error('schema/supergraph.graphql is missing: run npm run schema:compose');
  const ports = [options.ports.gateway, ...SUBGRAPH_NAMES.map((n) => options.ports[n])];
  for (const port of ports) await assertPortFree(port, options.host, 'Hub port');

  let postgres: RunningPostgres | undefined;
  let databaseUrls = options.databaseUrls;
  const processes: HubProcess[] = [];
  const stop = async (): Promise<void> => {
    await stopProcesses([...processes].reverse());
    if (postgres) await postgres.stop();
  };
  try {
    if (!databaseUrls) {
      if (!options.embedded) throw new Error('no database configured');
      status(`starting embedded PostgreSQL on port ${options.embedded.port} (data in ${options.embedded.dataDir})`);
      postgres = await startEmbeddedPostgres({ ...options.embedded });
      const adminUrl = postgres.adminUrl;
      for (const name of SUBGRAPH_NAMES) await ensureDatabase(adminUrl, DATABASE_NAMES[name]);
      databaseUrls = Object.fromEntries(SUBGRAPH_NAMES.map((n) => [n, databaseUrlFor(adminUrl, DATABASE_NAMES[n])])) as Record<
        SubgraphName,
        string
      >;
    }
    const common: Environment = {
      ...options.baseEnv,
      NODE_ENV: options.nodeEnv,
      HOST: options.host,
      LOG_LEVEL: options.logLevel,
      AUTH_HS256_SECRET: options.secrets.authSecret,
      AUTH_ISSUER: DEMO_ISSUER,
      AUTH_AUDIENCE: DEMO_AUDIENCE,
    };
    const subgraphUrls = Object.fromEntries(
      SUBGRAPH_NAMES.map((n) => [n, `http://${options.host}:${options.ports[n]}/graphql`]),
    ) as Record<SubgraphName, string>;
    const processOptions = {
      quiet: options.quiet ?? false,
      ...(options.restart ? { restart: options.restart } : {}),
      onRestart: (message: string) => status(message),
    };
    status('starting the subgraphs (each migrates and seeds its own database)');
    SUBGRAPH_NAMES.forEach((name, i) => {
      processes.push(
        startProcess(
          name,
          join(REPO_ROOT, 'subgraphs', name, 'dist', 'main.js'),
          {
            ...common,
            PORT: String(options.ports[name]),
            DATABASE_URL: databaseUrls![name],
            SUBGRAPH_SECRET: options.secrets.subgraphSecrets[name],
            GATEWAY_URL: `http://${options.host}:${options.ports.gateway}/graphql`,
            DEMO_SEED: 'if-empty',
            ...(options.seedToday ? { SEED_TODAY: options.seedToday } : {}),
            ...options.subgraphEnv,
          },
          i,
          processOptions,
        ),
      );
    });
    const timeout = options.readyTimeoutMs ?? 120_000;
    await Promise.all(
      processes.map((p) => waitUntilReady(p, `http://${options.host}:${options.ports[p.name as SubgraphName]}/ready`, timeout)),
    );
    status('starting the gateway');
    const gatewayEnv: Environment = {
      ...common,
      PORT: String(options.ports.gateway),
      SUPERGRAPH_PATH: supergraphPath,
      ...options.gatewayEnv,
    };
    for (const name of SUBGRAPH_NAMES) {
      gatewayEnv[`${ENV_PREFIX[name]}_URL`] = subgraphUrls[name];
      gatewayEnv[`${ENV_PREFIX[name]}_SECRET`] = options.secrets.subgraphSecrets[name];
    }
    const gateway = startProcess('gateway', join(REPO_ROOT, 'gateway', 'dist', 'main.js'), gatewayEnv, 3, processOptions);
    processes.push(gateway);
    await waitUntilReady(gateway, `http://${options.host}:${options.ports.gateway}/ready`, timeout);
    return {
      gatewayUrl: `http://${options.host}:${options.ports.gateway}/graphql`,
      subgraphUrls,
      databaseUrls,
      processes,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
