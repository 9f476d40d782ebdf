import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { loadTestConfig, publishTestAdminUrl } from '@hub/config';
// Only the launcher, never the ORM: the global setup runs in jest's own process, and MikroORM's
// global metadata store loaded there leaks into every test file's realm (then entity metadata built
// in one test file is cloned in another, and fails).
import { startEmbeddedPostgres, type RunningPostgres } from '@hub/db/dist/embedded';

/** A free TCP port on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => ok(port));
    });
  });
}

declare global {
  var __HUB_TEST_POSTGRES__: RunningPostgres | undefined;
  var __HUB_TEST_POSTGRES_DIR__: string | undefined;
}

/**
 * Jest global setup: one embedded PostgreSQL for the whole run (each test file creates its own
 * databases on it), unless TEST_ADMIN_DATABASE_URL names an existing server.
 */
export default async function globalSetup(): Promise<void> {
  if (loadTestConfig().adminDatabaseUrl) return;
  const parent = mkdtempSync(join(tmpdir(), 'hub-test-'));
  // As root, PostgreSQL runs as the postgres user, who must be able to enter the folder.
  chmodSync(parent, 0o755);
  const dataDir = join(parent, 'pg');
  const postgres = await startEmbeddedPostgres({ dataDir, port: await freePort() });
  globalThis.__HUB_TEST_POSTGRES__ = postgres;
  globalThis.__HUB_TEST_POSTGRES_DIR__ = parent;
  publishTestAdminUrl(postgres.adminUrl);
}
