import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '@hub/errors';
import { agencyStates, breakerFor } from './agencies';
import { HubDataSource } from './datasource';

/** A subgraph that accepts connections and never answers (a hung process), counting what reaches it. */
function hungServer(): Promise<{ url: string; hits: () => number; server: Server }> {
  let hits = 0;
  const server = createServer(() => {
    hits += 1; // and never answer
  });
  return new Promise((ok) =>
    server.listen(0, '127.0.0.1', () =>
      ok({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`, hits: () => hits, server }),
    ),
  );
}

function recordingLogger(lines: string[]): Logger {
  const write = (message: string, fields?: Record<string, unknown>) => lines.push(`${message} ${JSON.stringify(fields ?? {})}`);
  return { debug: write, info: write, warn: write, error: write };
}

const probe = (source: HubDataSource) =>
  source.process({
    kind: 'health check' as never,
    request: { query: '{ workSites { totalCount } }', variables: {} },
    context: {},
  } as never);

describe('the subgraph data source', () => {
  let hung: Awaited<ReturnType<typeof hungServer>>;
  beforeAll(async () => {
    hung = await hungServer();
  });
  afterAll(() => {
    hung.server.closeAllConnections();
    hung.server.close();
  });

  it('answers a hung subgraph with an error naming the agency, then stops calling it while the circuit is open', async () => {
    const lines: string[] = [];
    const breaker = breakerFor('worksites', 2, 60_000);
    const source = new HubDataSource('worksites', hung.url, 'x'.repeat(32), breaker, 200, recordingLogger(lines));
    for (let i = 0; i < 5; i += 1) {
      const res = await probe(source);
      expect(res.errors).toEqual([
        {
          message: 'Data penyedia lokasi kerja sosial sedang tidak tersedia; bagian lain dari jawaban tetap dikirim.',
          path: ['workSites'],
          extensions: { code: 'AGENCY_UNAVAILABLE', agency: 'WORKSITES' },
        },
      ]);
      expect(JSON.stringify(res)).not.toMatch(/127\.0\.0\.1|http:|Timeout|abort/i);
    }
    // Two requests reached the subgraph; the three after them were answered by the open circuit.
    expect(hung.hits()).toBe(2);
    expect(agencyStates()['WORKSITES']).toBe('circuit open');
    expect(lines.filter((l) => l.includes('deadline passed'))).toHaveLength(2);
    expect(lines.filter((l) => l.includes('circuit open'))).toHaveLength(3);
    expect(lines.join('\n')).not.toMatch(/Cannot set property|TypeError/);
  });

  it('lets one request try after the cool-down, and closes the circuit when it succeeds', async () => {
    let calls = 0;
    const healthy = createServer((_req, res) => {
      calls += 1;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ data: { workSites: { totalCount: 3 } } }));
    });
    await new Promise<void>((ok) => healthy.listen(0, '127.0.0.1', () => ok()));
    const url = `http://127.0.0.1:${(healthy.address() as AddressInfo).port}/graphql`;
    const breaker = breakerFor('child-protection', 1, 300);
    const down = new HubDataSource(
      'child-protection',
      'http://127.0.0.1:9/graphql',
      'x'.repeat(32),
      breaker,
      200,
      recordingLogger([]),
    );
    expect((await probe(down)).errors?.[0]?.extensions).toEqual({ code: 'AGENCY_UNAVAILABLE', agency: 'CHILD_PROTECTION' });
    expect(agencyStates()['CHILD_PROTECTION']).toBe('circuit open');
    const up = new HubDataSource('child-protection', url, 'x'.repeat(32), breaker, 1_000, recordingLogger([]));
    expect((await probe(up)).errors?.[0]?.extensions?.['code']).toBe('AGENCY_UNAVAILABLE');
    expect(calls).toBe(0);
    await new Promise((r) => setTimeout(r, 400));
    expect((await probe(up)).data).toEqual({ workSites: { totalCount: 3 } });
    expect(calls).toBe(1);
    expect(agencyStates()['CHILD_PROTECTION']).toBe('up');
    healthy.close();
  });
});
