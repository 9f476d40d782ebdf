import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORRELATION_ID_HEADER } from '@hub/auth';
import { formatTrace, InMemoryTraceCollector, postGraphQL, type CollectedSpan } from '@hub/testing';
import { startTestHub, type TestHub } from './hub';

const CASE_VIEW = readFileSync(join(__dirname, '..', 'schema', 'operations', 'case-view.graphql'), 'utf8');

let collector: InMemoryTraceCollector;
let t: TestHub;

beforeAll(async () => {
  collector = await new InMemoryTraceCollector().start();
  t = await startTestHub({ env: { OTEL_EXPORTER_OTLP_ENDPOINT: collector.url, OTEL_BSP_SCHEDULE_DELAY: '50' } });
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
    const correlationId = `trace-case-view-${Date.now()}`;
    const res = await postGraphQL<{ clients: { nodes: Array<{ id: string; protectionCases: unknown[] }> } }>(
      t.hub.gatewayUrl,
      CASE_VIEW,
      { first: 10, filter: { search: client.fullName } },
      { token: await t.tokenFor('head.bapas'), headers: { [CORRELATION_ID_HEADER]: correlationId } },
    );
    expect(res.body.errors).toBeUndefined();
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
