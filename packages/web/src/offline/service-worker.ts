import { useEffect, useState } from 'react';

/** The service worker's path at the gateway (built by vite-plugin-pwa into dist/sw.js). */
export const SERVICE_WORKER_URL = '/sw.js';

/**
 * Registers the service worker that keeps the app's files on the device so it opens with no
 * connection. Only in a production build (the dev server has no sw.js), after the page has loaded so
 * that caching the app never competes with the first page's own downloads.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  const register = () => {
    navigator.serviceWorker.register(SERVICE_WORKER_URL, { scope: '/' }).catch(() => {
      // No service worker (a private window, an old browser): the app still works online.
    });
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}

/** True once a service worker controls this page: it will open again with no connection. */
export function useOfflineReady(): boolean {
  const sw = typeof navigator !== 'undefined' && 'serviceWorker' in navigator ? navigator.serviceWorker : null;
  const [ready, setReady] = useState(() => !!sw?.controller);
  useEffect(() => {
    if (!sw) return undefined;
    const update = () => setReady(!!sw.controller);
    sw.addEventListener('controllerchange', update);
    void sw.ready.then(update, () => undefined);
    return () => sw.removeEventListener('controllerchange', update);
  }, [sw]);
  return ready;
}

/** Whether the browser says it is online, updated on the online/offline events. */
export function useOnline(): boolean {
  const [online, setOnline] = useState(() => typeof navigator === 'undefined' || navigator.onLine !== false);
  useEffect(() => {
    const on = () => setOnline(true);
    const off = () => setOnline(false);
    window.addEventListener('online', on);
    window.addEventListener('offline', off);
    return () => {
      window.removeEventListener('online', on);
      window.removeEventListener('offline', off);
    };
  }, []);
  return online;
}
