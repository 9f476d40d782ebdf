import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORRELATION_ID_HEADER } from '@hub/auth';
import type { GatewayConfig } from '@hub/config';
import { DEMO_AUDIENCE, DEMO_ISSUER, REPO_ROOT } from '@hub/dev';
import { createLogger } from '@hub/errors';
import { createGatewayApp } from '@hub/gateway';
import { canonicalDocument, documentHash, listen } from '@hub/server';
import { formatTrace, InMemoryTraceCollector, postGraphQL, type CollectedSpan } from '@hub/testing';
import { startTestHub, type TestHub } from './hub';

const CASE_VIEW = readFileSync(join(__dirname, '..', 'schema', 'operations', 'case-view.graphql'), 'utf8');

const METRICS_TOKEN = 'operator-metrics-token-for-tests-0123456789';
let collector: InMemoryTraceCollector;
let t: TestHub;

beforeAll(async () => {
  collector = await new InMemoryTraceCollector().start();
  t = await startTestHub({
    env: { OTEL_EXPORTER_OTLP_ENDPOINT: collector.url, OTEL_BSP_SCHEDULE_DELAY: '50', METRICS_TOKEN },
  });
});

afterAll(async () => {
  await t?.stop();
  await collector?.stop();
});

const SERVICES = ['gateway', 'corrections', 'child-protection', 'worksites'];

/** Every string a span carries: name, attribute values, event attributes, status message. */
function stringsOf(span: CollectedSpan): string[] {
  return [
    span.name,
    ...Object.values(span.attributes).map(String),
    ...span.events.flatMap((e) => [e.name, ...Object.values(e.attributes).map(String)]),
    ...(span.statusMessage ? [span.statusMessage] : []),
  ];
}

describe('tracing the case view', () => {
  it('makes one trace from the gateway through the three subgraphs to their SQL, with no personal data in it', async () => {
    const { world } = t;
    // A client whose case view touches all three agencies: an order with a placement, and a protection case.
    const client = world.clients.find(
      (c) =>
        world.protectionCases.some((p) => p.clientId === c.id) &&
        world.orders.some((o) => o.clientId === c.id && world.placements.some((p) => p.orderId === o.id)),
    )!;
    expect(client).toBeDefined();
    const res = await postGraphQL<{ clients: { nodes: Array<{ id: string; protectionCases: unknown[] }> } }>(
      t.hub.gatewayUrl,
      CASE_VIEW,
      { first: 10, filter: { search: client.fullName } },
      { token: await t.tokenFor('head.bapas'), headers: { [CORRELATION_ID_HEADER]: `trace-case-view-${Date.now()}` } },
    );
    expect(res.body.errors).toBeUndefined();
    // The gateway gives every request its own correlation id (the caller's is kept apart) and answers it.
    const correlationId = res.headers.get(CORRELATION_ID_HEADER);
    expect(correlationId).toBeTruthy();
    expect(res.body.data!.clients.nodes.map((n) => n.id)).toContain(client.id);

    // The gateway's request span is the root and carries the correlation id.
    const root = await (async () => {
      for (let i = 0; i < 150; i += 1) {
        const found = collector.spans.find(
          (s) => s.service === 'gateway' && s.attributes['hub.correlation_id'] === correlationId,
        );
        if (found) return found;
        await new Promise((ok) => setTimeout(ok, 100));
      }
      return undefined;
    })();
    expect(root).toBeDefined();
    const sqlIn = (spans: CollectedSpan[], service: string) =>
      spans.filter(
        (s) =>
          s.service === service &&
          s.name.startsWith('pg.query') &&
          (s.attributes['db.system.name'] ?? s.attributes['db.system']) === 'postgresql',
      );
    const orphans = (all: CollectedSpan[]) => {
      const known = new Set(all.map((s) => s.spanId));
      return all.filter((s) => !s.parentSpanId || !known.has(s.parentSpanId));
    };
    // Four processes export in their own batches: wait until the tree is whole.
    const spans = await collector.trace(
      root!.traceId,
      (all) =>
        ['corrections', 'child-protection', 'worksites'].every((s) => sqlIn(all, s).length > 0) && orphans(all).length === 1,
    );

    expect(new Set(spans.map((s) => s.service))).toEqual(new Set(SERVICES));
    expect(orphans(spans)).toEqual([root]);
    expect(root!.parentSpanId).toBeUndefined();
    // Every span that names this correlation id is in this one trace (the subgraphs got the same traceparent).
    const tagged = collector.spans.filter((s) => s.attributes['hub.correlation_id'] === correlationId);
    expect(new Set(tagged.map((s) => s.traceId))).toEqual(new Set([root!.traceId]));
    expect(new Set(tagged.map((s) => s.service))).toEqual(new Set(SERVICES));

    const byId = new Map(spans.map((s) => [s.spanId, s]));
    for (const service of ['corrections', 'child-protection', 'worksites']) {
      // Each subgraph's request span hangs under a gateway fetch, and its SQL under its request.
      const server = spans.filter((s) => s.service === service && s.kind === 2);
      expect(server.length).toBeGreaterThan(0);
      for (const s of server) expect(byId.get(s.parentSpanId!)!.service).toBe('gateway');
      expect(sqlIn(spans, service).length).toBeGreaterThan(0);
      for (const sql of sqlIn(spans, service)) {
        let up: CollectedSpan | undefined = sql;
        while (up && up.kind !== 2) up = byId.get(up.parentSpanId!);
        expect(up?.service).toBe(service);
        const statement = String(sql.attributes['db.query.text'] ?? sql.attributes['db.statement']);
        expect(statement).toMatch(/^(select|insert|update|delete|with|begin|commit)/i);
      }
    }
    expect(spans.filter((s) => s.name === 'gateway.fetch')).toHaveLength(3);
    // MikroORM writes some values into the SQL text (a search pattern): the exporter masks every literal.
    const search = sqlIn(spans, 'corrections').find((s) => String(s.attributes['db.query.text']).includes('ilike'));
    expect(String(search?.attributes['db.query.text'])).toContain("ilike '?'");

    // No NIK, no name, no address, no variable value in any span.
    const secrets = world.clients.flatMap((c) => [c.fullName, c.nik, c.address, ...(c.guardianName ? [c.guardianName] : [])]);
    for (const span of spans) {
      for (const text of stringsOf(span)) {
        expect(text).not.toMatch(/\b\d{16}\b/);
        for (const secret of secrets) expect(text).not.toContain(secret);
      }
    }
    process.stdout.write(`${formatTrace(spans)}\n`);
  });
});

/** One sample's value from a Prometheus text page, by metric name and the labels it must have. */
function sample(page: string, name: string, labels: Record<string, string>): number | undefined {
  for (const line of page.split('\n')) {
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)\{([^}]*)\} (\S+)$/.exec(line);
    if (!m || m[1] !== name) continue;
    const have = Object.fromEntries([...m[2]!.matchAll(/(\w+)="([^"]*)"/g)].map((x) => [x[1], x[2]]));
    if (Object.entries(labels).every(([k, v]) => have[k] === v)) return Number(m[3]);
  }
  return undefined;
}

describe('/metrics', () => {
  const metricsUrl = (graphqlUrl: string) => graphqlUrl.replace(/\/graphql$/, '/metrics');
  const scrape = async (graphqlUrl: string) => {
    const res = await fetch(metricsUrl(graphqlUrl), { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain');
    return res.text();
  };

  it('is refused without the operator token, and with a wrong one', async () => {
    expect((await fetch(metricsUrl(t.hub.gatewayUrl))).status).toBe(401);
    const wrong = await fetch(metricsUrl(t.hub.subgraphUrls.corrections), {
      headers: { authorization: `Bearer ${'x'.repeat(40)}` },
    });
    expect(wrong.status).toBe(401);
    // A user's token is not the operator's.
    const user = await fetch(metricsUrl(t.hub.gatewayUrl), {
      headers: { authorization: `Bearer ${await t.tokenFor('head.bapas')}` },
    });
    expect(user.status).toBe(401);
  });

  it('counts gateway requests by operation and outcome, and subgraph fetches by agency', async () => {
    const token = await t.tokenFor('head.bapas');
    const before = await scrape(t.hub.gatewayUrl);
    const count = (page: string, labels: Record<string, string>) => sample(page, 'hub_graphql_requests_total', labels) ?? 0;
    await postGraphQL(t.hub.gatewayUrl, CASE_VIEW, { first: 5 }, { token });
    await postGraphQL(t.hub.gatewayUrl, '{ clients { totalCount } }'); // no token
    await postGraphQL(t.hub.gatewayUrl, 'query Broken { clients { noSuchField } }', {}, { token });
    await postGraphQL(
      t.hub.gatewayUrl,
      'query AnalystLooks { clients { nodes { id } } }',
      {},
      { token: await t.tokenFor('analyst') },
    );
    const after = await scrape(t.hub.gatewayUrl);
    expect(count(after, { operation: 'CaseView', outcome: 'ok' }) - count(before, { operation: 'CaseView', outcome: 'ok' })).toBe(
      1,
    );
    expect(count(after, { outcome: 'refused' })).toBeGreaterThan(count(before, { outcome: 'refused' }));
    expect(count(after, { operation: 'Broken', outcome: 'invalid' })).toBe(1);
    expect(count(after, { operation: 'AnalystLooks', outcome: 'error' })).toBe(1);
    expect(sample(after, 'hub_graphql_request_duration_seconds_count', { operation: 'CaseView', outcome: 'ok' })).toBeGreaterThan(
      0,
    );
    for (const subgraph of ['corrections', 'child-protection', 'worksites']) {
      expect(sample(after, 'hub_subgraph_fetches_total', { subgraph, outcome: 'ok' })).toBeGreaterThan(0);
    }
    // The analyst's refusal comes back from Bapas as a GraphQL error: a fetch with errors.
    expect(sample(after, 'hub_subgraph_fetches_total', { subgraph: 'corrections', outcome: 'error' })).toBeGreaterThan(0);
    expect(after).toContain('# TYPE hub_subgraph_circuit_state gauge');
  });

  it('shows each subgraph its database pool and its access-log writes', async () => {
    await postGraphQL(t.hub.gatewayUrl, CASE_VIEW, { first: 5 }, { token: await t.tokenFor('head.bapas') });
    for (const url of Object.values(t.hub.subgraphUrls)) {
      const page = await scrape(url);
      expect(sample(page, 'hub_db_pool_connections', { state: 'max' })).toBe(10);
      expect(sample(page, 'hub_db_pool_connections', { state: 'waiting' })).toBe(0);
      expect(sample(page, 'hub_db_pool_connections', { state: 'in_use' })).toBeGreaterThanOrEqual(0);
      expect(sample(page, 'hub_access_log_writes_total', { outcome: 'ok' })).toBeGreaterThan(0);
      expect(page).toMatch(/hub_graphql_requests_total\{[^}]*operation="CaseView__\w+__\d+"[^}]*outcome="ok"/);
    }
  });
});

describe('GraphQL over HTTP at the gateway', () => {
  it('answers the case view sent with GET, as application/graphql-response+json, identical to POST', async () => {
    const token = await t.tokenFor('head.bapas');
    const variables = { first: 5, filter: { districtCode: '1507' } };
    const params = new URLSearchParams({ query: CASE_VIEW, variables: JSON.stringify(variables), operationName: 'CaseView' });
    const viaGet = await fetch(`${t.hub.gatewayUrl}?${params}`, {
      headers: { authorization: `Bearer ${token}`, accept: 'application/graphql-response+json' },
    });
    expect(viaGet.status).toBe(200);
    expect(viaGet.headers.get('content-type')).toContain('application/graphql-response+json');
    const viaPost = await postGraphQL(t.hub.gatewayUrl, CASE_VIEW, variables, { token });
    expect(await viaGet.json()).toEqual(viaPost.body);
  });

  it('refuses a mutation sent with GET, and a form post', async () => {
    const token = await t.tokenFor('head.bapas');
    const params = new URLSearchParams({
      query:
        'mutation Record($input: RecordPsychosocialServiceInput!) { recordPsychosocialService(input: $input) { __typename } }',
    });
    const viaGet = await fetch(`${t.hub.gatewayUrl}?${params}`, { headers: { authorization: `Bearer ${token}` } });
    expect(viaGet.status).toBe(405);
    const form = await fetch(t.hub.gatewayUrl, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'query=%7B__typename%7D',
    });
    expect(form.status).toBe(415);
  });
});

describe('trusted documents at a production gateway', () => {
  let app: Awaited<ReturnType<typeof createGatewayApp>>;
  let url: string;
  const UNKNOWN = '{ clients(first: 1) { totalCount } }';

  beforeAll(async () => {
    // A second gateway, in production mode, in front of the same subgraphs.
    const config: GatewayConfig = {
      nodeEnv: 'production',
      host: '127.0.0.1',
      port: 0,
      supergraphPath: join(REPO_ROOT, 'schema', 'supergraph.graphql'),
      subgraphs: {
        corrections: { url: t.hub.subgraphUrls.corrections, secret: t.secrets.subgraphSecrets.corrections, timeoutMs: 10_000 },
        'child-protection': {
          url: t.hub.subgraphUrls['child-protection'],
          secret: t.secrets.subgraphSecrets['child-protection'],
          timeoutMs: 10_000,
        },
        worksites: { url: t.hub.subgraphUrls.worksites, secret: t.secrets.subgraphSecrets.worksites, timeoutMs: 10_000 },
      },
      subgraphTimeoutMs: 10_000,
      breakerFailures: 3,
      breakerCooldownMs: 10_000,
      shutdownDrainMs: 1_000,
      web: {},
      trustedDocumentsPath: join(REPO_ROOT, 'schema', 'trusted-documents.json'),
      auth: { hs256Secret: t.secrets.authSecret, issuer: DEMO_ISSUER, audience: DEMO_AUDIENCE },
      logLevel: 'silent',
    };
    app = await createGatewayApp(config, createLogger('gateway', 'silent'));
    url = `http://127.0.0.1:${await listen(app.http, 0, '127.0.0.1')}/graphql`;
  });

  afterAll(async () => {
    await app?.close();
  });

  it('refuses a document that is not in the manifest for a PK, and runs the published case view', async () => {
    const token = await t.tokenFor('pk.rahman');
    const refused = await postGraphQL(url, UNKNOWN, {}, { token });
    expect(refused.status).toBe(403);
    expect(refused.body.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect(refused.body.data ?? null).toBeNull();
    const published = await postGraphQL<{ clients: { nodes: unknown[] } }>(url, CASE_VIEW, { first: 5 }, { token });
    expect(published.status).toBe(200);
    expect(published.body.errors).toBeUndefined();
    expect(published.body.data!.clients.nodes.length).toBeGreaterThan(0);
    // The development gateway does not enforce the manifest: the same ad-hoc document runs there.
    expect((await postGraphQL(t.hub.gatewayUrl, UNKNOWN, {}, { token })).status).toBe(200);
  });

  it('runs a published document sent by its hash alone, identical to the text', async () => {
    const token = await t.tokenFor('pk.rahman');
    // The manifest's key: the hash of the document's canonical text (however a client lays it out).
    const hash = documentHash(canonicalDocument(CASE_VIEW));
    const byHash = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ variables: { first: 5 }, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }),
    });
    expect(byHash.status).toBe(200);
    const byText = await postGraphQL(url, CASE_VIEW, { first: 5 }, { token });
    expect(await byHash.json()).toEqual(byText.body);
    const unknownHash = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } } }),
    });
    expect(unknownHash.status).toBe(400);
  });

  it('accepts an ad-hoc document from an analyst, still under the query limits', async () => {
    const token = await t.tokenFor('analyst');
    const adHoc = await postGraphQL<{ correctionsStatistics: { threshold: number } }>(
      url,
      '{ correctionsStatistics { threshold total totalSuppressed } }',
      {},
      { token },
    );
    expect(adHoc.status).toBe(200);
    expect(adHoc.body.data!.correctionsStatistics.threshold).toBe(5);
    const tooManyAliases = `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: correctionsStatistics { threshold }`).join(' ')} }`;
    expect((await postGraphQL(url, tooManyAliases, {}, { token })).status).toBe(400);
    // An auditor explores too; a prosecutor's session is a dashboard session.
    expect(
      (await postGraphQL(url, '{ correctionsAccessLog(first: 1) { totalCount } }', {}, { token: await t.tokenFor('auditor') }))
        .status,
    ).toBe(200);
    expect((await postGraphQL(url, UNKNOWN, {}, { token: await t.tokenFor('prosecutor.tjb') })).status).toBe(403);
  });
});
