import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { request } from 'node:http';
import { loadGatewayConfig } from '@hub/config';
import { createTokenVerifier } from '@hub/auth';
import { createLogger } from '@hub/errors';
import { listen } from '@hub/server';
import { createGatewayApp } from './app';

const secret = 'x'.repeat(40);

function configFor(nodeEnv: 'development' | 'production', distDir: string, extra: Record<string, string> = {}) {
  return loadGatewayConfig({
    NODE_ENV: nodeEnv,
    PORT: '0',
    SUPERGRAPH_PATH: resolve(__dirname, '..', '..', 'schema', 'supergraph.graphql'),
    CORRECTIONS_URL: 'http://127.0.0.1:9/graphql',
    CORRECTIONS_SECRET: secret,
    CHILD_PROTECTION_URL: 'http://127.0.0.1:9/graphql',
    CHILD_PROTECTION_SECRET: secret,
    WORKSITES_URL: 'http://127.0.0.1:9/graphql',
    WORKSITES_SECRET: secret,
    AUTH_HS256_SECRET: secret,
    LOG_LEVEL: 'silent',
    WEB_DIST_DIR: distDir,
    TRUSTED_DOCUMENTS_PATH: resolve(__dirname, '..', '..', 'schema', 'trusted-documents.json'),
    ...extra,
  });
}

async function started(config: ReturnType<typeof loadGatewayConfig>) {
  const app = await createGatewayApp(config, createLogger('gateway', 'silent'));
  const port = await listen(app.http, 0, '127.0.0.1');
  return { base: `http://127.0.0.1:${port}`, close: () => app.close() };
}

/** A raw GET (fetch would undo the gzip and hide the header). */
function rawGet(url: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>((ok, fail) => {
    request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => ok({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', fail)
      .end();
  });
}

describe('the gateway serves the web app and, outside production only, the demo sign-in', () => {
  let dist: string;
  beforeAll(() => {
    dist = mkdtempSync(join(tmpdir(), 'hub-web-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>app</title><div id="root"></div>');
    writeFileSync(join(dist, 'assets', 'index-abc.js'), `console.log(${JSON.stringify('x'.repeat(4000))});`);
  });
  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  it('answers index.html for the app routes, hashed assets gzipped and immutable, and 404 for a missing asset', async () => {
    const hub = await started(configFor('development', dist));
    try {
      for (const path of ['/', '/klien/abc', '/explorer']) {
        const res = await fetch(hub.base + path);
        expect(res.status).toBe(200);
        expect(await res.text()).toContain('<div id="root">');
      }
      const asset = await rawGet(`${hub.base}/assets/index-abc.js`, { 'accept-encoding': 'gzip' });
      expect(asset.headers['content-encoding']).toBe('gzip');
      expect(asset.headers['cache-control']).toContain('immutable');
      expect(gunzipSync(asset.body).toString()).toContain('console.log');
      expect((await fetch(`${hub.base}/assets/missing.js`)).status).toBe(404);
      // A path that climbs out of the build folder gets the app, never a file outside it.
      const climb = await rawGet(`${hub.base}/..%2f..%2fpackage.json`);
      expect(climb.body.toString()).not.toContain('"name"');
    } finally {
      await hub.close();
    }
  });

  it('mints a verifiable demo token for a demo user in development, and refuses an unknown user', async () => {
    const config = configFor('development', dist);
    const hub = await started(config);
    try {
      expect(await (await fetch(`${hub.base}/auth/config`)).json()).toEqual({ mode: 'demo' });
      const users = (await (await fetch(`${hub.base}/auth/demo-users`)).json()) as { username: string }[];
      expect(users.map((u) => u.username)).toContain('pk.rahman');
      const res = await fetch(`${hub.base}/auth/demo-token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'pk.rahman' }),
      });
      expect(res.status).toBe(200);
      const { token } = (await res.json()) as { token: string };
      const viewer = await createTokenVerifier(config.auth).verify(token);
      expect(viewer).toMatchObject({ userId: 'pk.rahman', roles: ['PK_OFFICER'] });
      const unknown = await fetch(`${hub.base}/auth/demo-token`, {
        method: 'POST',
        body: JSON.stringify({ username: 'nobody' }),
      });
      expect(unknown.status).toBe(400);
    } finally {
      await hub.close();
    }
  });

  it('has no demo sign-in at all when NODE_ENV=production, and offers the configured OpenID Connect sign-in', async () => {
    const hub = await started(
      configFor('production', dist, { OIDC_AUTHORITY: 'https://idp.example.go.id/realms/bapas', OIDC_CLIENT_ID: 'hub-web' }),
    );
    try {
      const token = await fetch(`${hub.base}/auth/demo-token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'pk.rahman' }),
      });
      expect(token.status).toBe(404);
      expect(await token.text()).not.toContain('eyJ');
      expect((await fetch(`${hub.base}/auth/demo-users`)).status).toBe(404);
      expect(await (await fetch(`${hub.base}/auth/config`)).json()).toEqual({
        mode: 'oidc',
        authority: 'https://idp.example.go.id/realms/bapas',
        clientId: 'hub-web',
        scope: 'openid profile',
        redirectPath: '/masuk/callback',
      });
    } finally {
      await hub.close();
    }
  });

  it('starts without a web build and says how to build it', async () => {
    const hub = await started(configFor('development', join(dist, 'absent')));
    try {
      const res = await fetch(`${hub.base}/`);
      expect(res.status).toBe(503);
      expect(await res.text()).toContain('npm run build');
      expect((await fetch(`${hub.base}/health`)).status).toBe(200);
    } finally {
      await hub.close();
    }
  });
});
