import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { currentEnvironment, type Environment } from '@hub/config';
import { DEMO_AUDIENCE, DEMO_ISSUER, REPO_ROOT, startProcess, stopProcesses, waitUntilReady, type HubProcess } from '@hub/dev';
import { freePort, postGraphQL, type GraphQLResponse } from '@hub/testing';
import { startTestHub, type TestHub } from './hub';

/**
 * The same committed supergraph served by Hive Gateway in front of the same subgraphs: the case view
 * and the role matrix must answer exactly as through the hub gateway.
 */
const CASE_VIEW = readFileSync(join(REPO_ROOT, 'schema', 'operations', 'case-view.graphql'), 'utf8');

/** The questions of the role matrix (test/access-matrix.test.ts). */
const MATRIX_QUERIES = [
  '{ clients(first: 100) { nodes { identityAccess fullName nik } } }',
  '{ clients(first: 100) { nodes { cases { caseNumber } } } }',
  '{ communityServiceOrders(first: 100) { nodes { hoursCompleted hoursRemaining } } }',
  '{ protectionCases(first: 100, filter: {childRole: VICTIM}) { totalCount } }',
  '{ workSites(first: 100) { nodes { placements { person { displayName identityAccess } } } } }',
  '{ correctionsStatistics { threshold } }',
  '{ correctionsAccessLog(first: 1) { totalCount } }',
];
const MATRIX_USERS = [
  'head.bapas',
  'pk.rahman',
  'registrar.bapas',
  'cm.tjb',
  'cw.tjb',
  'psy.tjb',
  'provider.tjb',
  'supervisor.tjb',
  'prosecutor.tjb',
  'analyst',
  'auditor',
];

let t: TestHub;
let hive: HubProcess;
let hiveUrl: string;

beforeAll(async () => {
  t = await startTestHub();
  const port = await freePort();
  const env: Environment = {
    ...currentEnvironment(),
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: String(port),
    LOG_LEVEL: 'error',
    SUPERGRAPH_PATH: join(REPO_ROOT, 'schema', 'supergraph.graphql'),
    CORRECTIONS_URL: t.hub.subgraphUrls.corrections,
    CORRECTIONS_SECRET: t.secrets.subgraphSecrets.corrections,
    CHILD_PROTECTION_URL: t.hub.subgraphUrls['child-protection'],
    CHILD_PROTECTION_SECRET: t.secrets.subgraphSecrets['child-protection'],
    WORKSITES_URL: t.hub.subgraphUrls.worksites,
    WORKSITES_SECRET: t.secrets.subgraphSecrets.worksites,
    AUTH_HS256_SECRET: t.secrets.authSecret,
    AUTH_ISSUER: DEMO_ISSUER,
    AUTH_AUDIENCE: DEMO_AUDIENCE,
  };
  hive = startProcess('hive-gateway', join(REPO_ROOT, 'hive-gateway', 'dist', 'main.js'), env, 4, { quiet: true });
  await waitUntilReady(hive, `http://127.0.0.1:${port}/healthcheck`, 60_000);
  hiveUrl = `http://127.0.0.1:${port}/graphql`;
});

afterAll(async () => {
  if (hive) await stopProcesses([hive]);
  await t?.stop();
});

/** What must be identical: the data, and each error's code and path (messages may be worded by each gateway). */
function answer(res: GraphQLResponse) {
  return {
    status: res.status,
    data: res.body.data ?? null,
    errors: (res.body.errors ?? []).map((e) => ({ code: e.extensions?.['code'], path: e.path ?? null })),
  };
}

describe('the committed supergraph on Hive Gateway', () => {
  it('answers the case view exactly as the hub gateway does', async () => {
    const token = await t.tokenFor('head.bapas');
    const variables = { first: 50, filter: { districtCode: '1507' } };
    const hub = await postGraphQL(t.hub.gatewayUrl, CASE_VIEW, variables, { token });
    const viaHive = await postGraphQL(hiveUrl, CASE_VIEW, variables, { token });
    expect(hub.body.errors).toBeUndefined();
    expect((hub.body.data as { clients: { nodes: unknown[] } }).clients.nodes.length).toBeGreaterThan(0);
    expect(viaHive.body).toEqual(hub.body);
  });

  it.each(MATRIX_USERS)('gives %s the same answers to the role matrix', async (user) => {
    const token = await t.tokenFor(user);
    for (const query of MATRIX_QUERIES) {
      const hub = answer(await postGraphQL(t.hub.gatewayUrl, query, {}, { token }));
      const viaHive = answer(await postGraphQL(hiveUrl, query, {}, { token }));
      expect({ query, ...viaHive }).toEqual({ query, ...hub });
    }
  });

  it('refuses a request without a token, or with a forged one, before any subgraph is asked', async () => {
    expect((await postGraphQL(hiveUrl, '{ clients { totalCount } }')).status).toBe(401);
    const forged = `${(await t.tokenFor('head.bapas')).slice(0, -4)}AAAA`;
    expect((await postGraphQL(hiveUrl, '{ clients { totalCount } }', {}, { token: forged })).status).toBe(401);
  });

  it('prints the answer time of both gateways for the case view (figures, not a check)', async () => {
    const token = await t.tokenFor('head.bapas');
    const variables = { first: 50, filter: { districtCode: '1507' } };
    const median = async (url: string) => {
      const times: number[] = [];
      for (let i = 0; i < 15; i += 1) {
        const started = performance.now();
        const res = await postGraphQL(url, CASE_VIEW, variables, { token });
        times.push(performance.now() - started);
        expect(res.status).toBe(200);
      }
      return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
    };
    await median(hiveUrl); // warm both
    await median(t.hub.gatewayUrl);
    const hubMs = await median(t.hub.gatewayUrl);
    const hiveMs = await median(hiveUrl);
    process.stdout.write(
      `case view, 50 clients, median of 15: hub gateway ${hubMs.toFixed(1)} ms, Hive Gateway ${hiveMs.toFixed(1)} ms\n`,
    );
  });
});
