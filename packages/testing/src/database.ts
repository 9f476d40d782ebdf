import { randomBytes } from 'node:crypto';
import { loadTestConfig } from '@hub/config';
import { databaseUrlFor, dropDatabase, ensureDatabase } from '@hub/db';

/** The PostgreSQL server tests use: the one the global setup started, or TEST_ADMIN_DATABASE_URL. */
export function testAdminUrl(): string {
  const url = loadTestConfig().adminDatabaseUrl;
  if (!url)
    throw new Error(
      'No test database server: run tests through jest (its global setup starts one) or set TEST_ADMIN_DATABASE_URL.',
    );
  return url;
}

/** A fresh, empty database for one test file; drop it in afterAll. */
export async function createTestDatabase(prefix: string): Promise<{ name: string; url: string; drop(): Promise<void> }> {
  const name = `t_${prefix.replace(/[^a-z0-9]/g, '_')}_${randomBytes(4).toString('hex')}`;
  const admin = testAdminUrl();
  await ensureDatabase(admin, name);
  return { name, url: databaseUrlFor(admin, name), drop: () => dropDatabase(admin, name) };
}
