/**
 * `npm start`: the demo hub on one machine. Starts an embedded PostgreSQL (or uses the configured
 * databases), the three subgraphs and the gateway, prints how to use it, restarts any of them that
 * exits (with back-off), and stops everything on Ctrl-C.
 * `--reset` deletes the embedded database first (a fresh demo).
 */
import { join, resolve } from 'node:path';
import { currentEnvironment } from '@hub/config';
import { demoUsers } from '@hub/demo';
import { REPO_ROOT, startHub, type RunningHub } from './hub';
import { DEFAULT_RESTART } from './processes';
import { loadOrCreateSecrets } from './secrets';
import { userTable } from './token';
import { devConfigOrExit } from './config';

function banner(hub: RunningHub, seconds: number): string {
  const url = hub.gatewayUrl;
  return [
    '',
    `Jambi ABH cooperation hub is ready in ${seconds.toFixed(1)} s: ${url}`,
    '',
    `Dashboard: open ${url.replace(/graphql$/, '')} and sign in as a demo user ("Masuk sebagai"), e.g. pk.rahman.`,
    '',
    'Demo users (synthetic):',
    userTable(demoUsers()),
    '',
    'Get a token and ask a question that spans the three agencies:',
    '  TOKEN=$(npm run -s token -- head.bapas)',
    `  curl -s ${url} -H "authorization: Bearer $TOKEN" -H 'content-type: application/json' \\`,
    `    -d '{"query":"{ clients(first: 3, filter: {category: CHILD_IN_CONFLICT}) { nodes { registerNumber displayName officer { name } protectionCases { caseNumber status } communityServiceOrders { kind orderedHours hoursCompleted hoursRemaining onTrack } } } }"}'`,
    '',
    'npm run token -- --list shows every demo user. Press Ctrl-C to stop the hub and its database.',
    '',
  ].join('\n');
}

async function main(): Promise<void> {
  const started = Date.now();
  const config = devConfigOrExit();
  const dataDir = resolve(REPO_ROOT, config.dataDir);
  const secrets = loadOrCreateSecrets(dataDir);
  let hub: RunningHub | undefined;
  let stopping = false;
  const shutdown = async (code: number): Promise<void> => {
    if (stopping) return;
    stopping = true;
    process.stdout.write('\nStopping the hub…\n');
    await hub?.stop();
    process.stdout.write('Stopped. Nothing is left running.\n');
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));
  try {
    hub = await startHub({
      host: config.host,
      ports: config.ports,
      secrets,
      ...(config.databaseUrls
        ? { databaseUrls: config.databaseUrls }
        : { embedded: { dataDir: join(dataDir, 'pg'), port: config.postgresPort, reset: process.argv.includes('--reset') } }),
      ...(config.seedToday ? { seedToday: config.seedToday } : {}),
      nodeEnv: 'development',
      logLevel: config.logLevel,
      baseEnv: currentEnvironment(),
      onStatus: (m) => process.stdout.write(`[hub] ${m}\n`),
      restart: DEFAULT_RESTART,
    });
  } catch (error) {
    process.stderr.write(`[hub] could not start: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
  // From here on a process that exits is restarted (and the restart logged); only Ctrl-C stops the hub.
  process.stdout.write(banner(hub, (Date.now() - started) / 1000));
}

void main();
