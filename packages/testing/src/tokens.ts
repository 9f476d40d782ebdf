import { mintToken, type HubClaims } from '@hub/auth';
import type { AuthSettings, SubgraphConfig } from '@hub/config';

/** Secrets used by tests only (never by a running hub). */
export const TEST_AUTH_SECRET = 'test-only-auth-secret-0123456789abcdef';
export const TEST_SUBGRAPH_SECRET = 'test-only-subgraph-secret-0123456789abcdef';
export const TEST_AUTH: AuthSettings = { hs256Secret: TEST_AUTH_SECRET, issuer: 'jambi-abh-hub', audience: 'jambi-abh-hub' };

/** Mints a token for the claims with the test secret. */
export function testToken(claims: HubClaims, secret = TEST_AUTH_SECRET): Promise<string> {
  return mintToken(claims, { secret, issuer: TEST_AUTH.issuer, audience: TEST_AUTH.audience });
}

/** A subgraph configuration for an in-process test against its own database. */
export function testSubgraphConfig(databaseUrl: string, overrides: Partial<SubgraphConfig> = {}): SubgraphConfig {
  return {
    nodeEnv: 'test',
    host: '127.0.0.1',
    port: 0,
    databaseUrl,
    subgraphSecret: TEST_SUBGRAPH_SECRET,
    auth: TEST_AUTH,
    demoSeed: 'if-empty',
    seedToday: '2026-11-20',
    smallCellThreshold: 5,
    logLevel: 'silent',
    shutdownDrainMs: 2_000,
    ...overrides,
  };
}
