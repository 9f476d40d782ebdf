import { defineConfig, type Plugin } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { print } from 'graphql';
import { formatDocument } from '@urql/core';
import { CaseloadDocument } from './src/gql/graphql';
import { VitePWA } from 'vite-plugin-pwa';
import { installMeta, pwaOptions } from './src/offline/pwa-options';

/**
 * A few lines in index.html that start the PK's caseload query as soon as the page arrives, in
 * parallel with the app's scripts (src/prefetch.ts hands the answer to urql). Only for a signed-in
 * PK on the home page; the token stays in session storage and goes only in the Authorization header.
 */
function caseloadPrefetch(): Plugin {
  const query = print(formatDocument(CaseloadDocument));
  const code = `(function(){try{var t=sessionStorage.getItem('hub.session');if(!t||location.pathname!=='/')return;var c=JSON.parse(atob(t.split('.')[1].replace(/-/g,'+').replace(/_/g,'/')));if(!c.roles||c.roles.indexOf('PK_OFFICER')<0||c.exp*1000<Date.now())return;window.__hubPrefetch={operationName:'Caseload',result:fetch('/graphql',{method:'POST',headers:{'content-type':'application/json',authorization:'Bearer '+t},body:JSON.stringify({operationName:'Caseload',query:${JSON.stringify(query)},variables:{}})}).then(function(r){return r.json()})}}catch(e){}})();`;
  return {
    name: 'hub-caseload-prefetch',
    transformIndexHtml: () => [{ tag: 'script', children: code, injectTo: 'head-prepend' }],
  };
}

export default defineConfig({
  plugins: [react(), caseloadPrefetch(), VitePWA(pwaOptions), installMeta()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // GraphiQL is loaded on /explorer only; the budget applies to what the first page needs.
    chunkSizeWarningLimit: 1500,
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.spec.{ts,tsx}'],
    setupFiles: ['src/test-setup.ts'],
  },
});
