import { rmSync } from 'node:fs';

/** Jest global teardown: stops the embedded PostgreSQL the setup started and removes its files. */
export default async function globalTeardown(): Promise<void> {
  const postgres = globalThis.__HUB_TEST_POSTGRES__;
  if (!postgres) return;
  await postgres.stop();
  if (globalThis.__HUB_TEST_POSTGRES_DIR__) rmSync(globalThis.__HUB_TEST_POSTGRES_DIR__, { recursive: true, force: true });
}
