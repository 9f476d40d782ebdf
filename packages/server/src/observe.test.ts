import { createServer, type Server } from 'node:http';
import { HubMetrics } from '@hub/telemetry';
import { serveMetrics, type MetricsEndpoint } from './observe';

const TOKEN = 'operator-token-0123456789-0123456789';

async function withEndpoint(endpoint: MetricsEndpoint, fn: (url: string) => Promise<void>): Promise<void> {
  const server: Server = createServer((req, res) => void serveMetrics(req, res, endpoint));
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', () => ok()));
  const address = server.address();
  try {
    await fn(`http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/metrics`);
  } finally {
    await new Promise<void>((ok) => server.close(() => ok()));
  }
}

describe('GET /metrics', () => {
  const metrics = new HubMetrics('test');

  it('is off in production when no operator token is configured', async () => {
    await withEndpoint({ metrics, production: true }, async (url) => {
      expect((await fetch(url)).status).toBe(404);
    });
  });

  it('needs the operator token in production, and answers Prometheus text with it', async () => {
    await withEndpoint({ metrics, production: true, token: TOKEN }, async (url) => {
      expect((await fetch(url)).status).toBe(401);
      expect((await fetch(url, { headers: { authorization: `Bearer ${TOKEN}x` } })).status).toBe(401);
      const ok = await fetch(url, { headers: { authorization: `Bearer ${TOKEN}` } });
      expect(ok.status).toBe(200);
      expect(await ok.text()).toContain('# TYPE hub_graphql_requests_total counter');
    });
  });

  it('is open outside production without a token (the demo)', async () => {
    await withEndpoint({ metrics, production: false }, async (url) => {
      expect((await fetch(url)).status).toBe(200);
    });
  });
});
