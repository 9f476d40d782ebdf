import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadGatewayConfig } from '@hub/config';
import { createLogger } from '@hub/errors';
import { listen } from '@hub/server';
import { createGatewayApp } from './app';

const secret = 'x'.repeat(40);

async function started(distDir: string) {
  const config = loadGatewayConfig({
    NODE_ENV: 'development',
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
  });
  const app = await createGatewayApp(config, createLogger('gateway', 'silent'));
  const port = await listen(app.http, 0, '127.0.0.1');
  return { base: `http://127.0.0.1:${port}`, close: () => app.close() };
}

describe('the gateway serves the installable app: service worker and web manifest', () => {
  let dist: string;
  beforeAll(() => {
    dist = mkdtempSync(join(tmpdir(), 'hub-web-offline-'));
    mkdirSync(join(dist, 'assets'));
    mkdirSync(join(dist, 'icons'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>app</title><div id="root"></div>');
    writeFileSync(join(dist, 'sw.js'), 'self.addEventListener("fetch", () => undefined);');
    writeFileSync(join(dist, 'manifest.webmanifest'), JSON.stringify({ name: 'Hub ABH Jambi', start_url: '/' }));
    writeFileSync(join(dist, 'icons', 'icon-192.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  });
  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  it('answers sw.js as JavaScript that is always revalidated and may fetch only from this origin', async () => {
    const hub = await started(dist);
    try {
      const res = await fetch(`${hub.base}/sw.js`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
      expect(res.headers.get('cache-control')).toBe('no-cache');
      expect(res.headers.get('content-security-policy')).toContain("connect-src 'self'");
      expect(res.headers.get('service-worker-allowed')).toBe('/');
      expect(await res.text()).toContain('addEventListener');
    } finally {
      await hub.close();
    }
  });

  it('answers the web manifest with its own media type and the icons as images', async () => {
    const hub = await started(dist);
    try {
      const manifest = await fetch(`${hub.base}/manifest.webmanifest`);
      expect(manifest.status).toBe(200);
      expect(manifest.headers.get('content-type')).toBe('application/manifest+json; charset=utf-8');
      expect(manifest.headers.get('x-content-type-options')).toBe('nosniff');
      expect(await manifest.json()).toMatchObject({ start_url: '/' });
      const icon = await fetch(`${hub.base}/icons/icon-192.png`);
      expect(icon.headers.get('content-type')).toBe('image/png');
      // Only the worker gets the worker's policy; the page is not changed by it.
      expect((await fetch(`${hub.base}/`)).headers.get('service-worker-allowed')).toBeNull();
    } finally {
      await hub.close();
    }
  });
});
