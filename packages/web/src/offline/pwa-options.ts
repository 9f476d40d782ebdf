import type { Plugin } from 'vite';
import type { VitePWAOptions } from 'vite-plugin-pwa';

/** Paths the service worker must always leave to the network: the API, sign-in, health and metrics. */
export const NETWORK_ONLY_PATHS: RegExp[] = [/^\/graphql/, /^\/auth\//, /^\/health/, /^\/ready/, /^\/metrics/];

/**
 * The installable app (vite-plugin-pwa, Workbox's generateSW): the service worker precaches the app
 * shell and every bundle of the build — nothing else — so the app opens with no connection. It
 * registers no runtime caching at all: GraphQL answers (personal data) and the sign-in routes always
 * go to the network and are never stored by the worker. The manifest's icons are bundled files.
 */
export const pwaOptions: Partial<VitePWAOptions> = {
  strategies: 'generateSW',
  registerType: 'autoUpdate',
  // Registered by src/offline/service-worker.ts after the page has loaded.
  injectRegister: false,
  filename: 'sw.js',
  manifestFilename: 'manifest.webmanifest',
  includeAssets: ['icons/apple-touch-icon.png', 'icons/icon.svg'],
  manifest: {
    id: '/',
    name: 'Hub ABH Jambi',
    short_name: 'Hub ABH',
    description: 'Kerja sama Bapas Kelas I Jambi, DP3AP2KB Tanjung Jabung Barat dan lokasi kerja sosial.',
    lang: 'id',
    dir: 'ltr',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    background_color: '#f6f8fa',
    theme_color: '#0b5394',
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: '/icons/icon.svg', sizes: 'any', type: 'image/svg+xml' },
    ],
  },
  workbox: {
    // The manifest and its icons are added by the plugin itself (and includeAssets above).
    globPatterns: ['**/*.{js,css,html}'],
    // GraphiQL's bundle is the largest file; the limit keeps it (the explorer also opens offline).
    maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
    navigateFallback: 'index.html',
    navigateFallbackDenylist: NETWORK_ONLY_PATHS,
    runtimeCaching: [],
    cleanupOutdatedCaches: true,
    clientsClaim: true,
    skipWaiting: true,
    inlineWorkboxRuntime: true,
    sourcemap: false,
    mode: 'production',
  },
};

/** The home-screen icon for iOS, which reads it from the page rather than the manifest. */
export function installMeta(): Plugin {
  return {
    name: 'hub-install-meta',
    transformIndexHtml: () => [
      { tag: 'link', attrs: { rel: 'apple-touch-icon', href: '/icons/apple-touch-icon.png' }, injectTo: 'head' },
    ],
  };
}
