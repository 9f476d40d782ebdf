import { createServer, request, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { loadGatewayConfig } from '@hub/config';
import { claimsOfUser, mintToken } from '@hub/auth';
import { demoUsers } from '@hub/demo';
import type { Logger } from '@hub/errors';
import { listen } from '@hub/server';
import { agencyStates, circuitStateOf } from './agencies';
import { createGatewayApp } from './app';

const secret = 'x'.repeat(40);

/**
 * A slow worksites subgraph: it holds every request without answering and notes when the gateway
 * closes the request (its socket) before any answer was sent.
 */
function slowSubgraph() {
  const received: IncomingMessage[] = [];
  const closedEarly: number[] = [];
  const server: Server = createServer((req, res) => {
    const index = received.push(req) - 1;
    req.resume();
    res.on('close', () => {
      if (!res.writableFinished) closedEarly.push(index);
    });
  });
  return new Promise<{ url: string; received: IncomingMessage[]; closedEarly: number[]; server: Server }>((ok) =>
    server.listen(0, '127.0.0.1', () =>
      ok({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`, received, closedEarly, server }),
    ),
  );
}

async function until(condition: () => boolean, what: string, ms = 5_000): Promise<void> {
  const end = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** A client that sends a query and goes away (destroys its socket) once `leave()` says so. */
function leavingClient(url: string, token: string, leave: () => boolean): Promise<'left' | 'answered'> {
  return new Promise((ok, fail) => {
    const req = request(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    });
    req.on('response', () => ok('answered'));
    req.on('error', (error) => (req.destroyed ? ok('left') : fail(error)));
    req.end(JSON.stringify({ query: '{ workSites { totalCount } }' }));
    const timer = setInterval(() => {
      if (!leave()) return;
      clearInterval(timer);
      req.destroy();
      ok('left');
    }, 10);
  });
}

describe('a client that goes away', () => {
  it('aborts its in-flight subgraph fetch, which neither opens the circuit nor is logged as a failure', async () => {
    const slow = await slowSubgraph();
    const lines: Array<{ level: string; message: string }> = [];
    const record =
      (level: string) =>
      (message: string): void => {
        lines.push({ level, message });
      };
    const log: Logger = { debug: record('debug'), info: record('info'), warn: record('warn'), error: record('error') };
    const config = loadGatewayConfig({
      NODE_ENV: 'development',
      PORT: '0',
      SUPERGRAPH_PATH: resolve(__dirname, '..', '..', 'schema', 'supergraph.graphql'),
      CORRECTIONS_URL: 'http://127.0.0.1:9/graphql',
      CORRECTIONS_SECRET: secret,
      CHILD_PROTECTION_URL: 'http://127.0.0.1:9/graphql',
      CHILD_PROTECTION_SECRET: secret,
      WORKSITES_URL: slow.url,
      WORKSITES_SECRET: secret,
      AUTH_HS256_SECRET: secret,
      LOG_LEVEL: 'silent',
    });
    // The deadline is far away: only the client's leaving can end these fetches in time.
    expect(config.subgraphs.worksites.timeoutMs).toBeGreaterThanOrEqual(5_000);
    const app = await createGatewayApp(config, log);
    const port = await listen(app.http, 0, '127.0.0.1');
    const user = demoUsers().find((u) => u.username === 'pk.rahman')!;
    const token = await mintToken(claimsOfUser(user), {
      secret,
      issuer: config.auth.issuer,
      audience: config.auth.audience,
      expiresIn: '5m',
    });
    try {
      // More clients leave than the breaker's threshold of consecutive failures.
      const times = config.breakerFailures + 2;
      for (let i = 0; i < times; i += 1) {
        const outcome = await leavingClient(`http://127.0.0.1:${port}/graphql`, token, () => slow.received.length > i);
        expect(outcome).toBe('left');
        // The subgraph sees its request closed by the gateway, long before the 5 s deadline.
        await until(() => slow.closedEarly.includes(i), `the gateway to abort subgraph request ${i}`, 2_000);
      }
      expect(slow.received).toHaveLength(times);
      expect(agencyStates()['WORKSITES']).toBe('up');
      expect(circuitStateOf('worksites')).toBe('closed');
      expect(lines.filter((l) => l.level === 'warn' || l.level === 'error')).toEqual([]);
      expect(lines.filter((l) => l.message === 'subgraph fetch cancelled')).toHaveLength(times);
    } finally {
      slow.server.closeAllConnections();
      slow.server.close();
      await app.close();
    }
  }, 30_000);
});
