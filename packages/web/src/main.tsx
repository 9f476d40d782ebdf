import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n } from './i18n';
import { AuthProvider } from './auth';
import { RouterProvider } from './router';
import { App } from './App';
import { registerServiceWorker } from './offline/service-worker';
import './styles.css';

initI18n();
registerServiceWorker();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AuthProvider>
      <RouterProvider>
        <App />
      </RouterProvider>
    </AuthProvider>
  </StrictMode>,
);
