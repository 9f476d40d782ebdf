import { useMemo, useState } from 'react';
import { GraphiQL } from 'graphiql';
import type { Fetcher } from '@graphiql/toolkit';
import 'graphiql/style.css';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth';
import { examplesFor } from '../examples';

interface Refusal {
  status: number;
  messages: string[];
}

/** Tabs are kept per person in this tab's session storage, so the next person on the same browser does not see them. */
function sessionStorageFor(prefix: string): Storage {
  const keys = () => Object.keys(sessionStorage).filter((k) => k.startsWith(prefix));
  return {
    getItem: (k) => sessionStorage.getItem(prefix + k),
    setItem: (k, v) => sessionStorage.setItem(prefix + k, v),
    removeItem: (k) => sessionStorage.removeItem(prefix + k),
    clear: () => keys().forEach((k) => sessionStorage.removeItem(k)),
    key: (i) => keys()[i]?.slice(prefix.length) ?? null,
    get length() {
      return keys().length;
    },
  };
}

/**
 * GraphiQL, bundled (no CDN: it works on an intranet), sending the signed-in person's token. When the
 * gateway refuses a query for its size (HTTP 400), the limits are explained beside the editor.
 */
export default function Explorer() {
  const { session } = useAuth();
  const { t } = useTranslation();
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const token = session?.token ?? '';
  const fetcher = useMemo<Fetcher>(
    () => async (params) => {
      const res = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(params),
      });
      const body = (await res.json()) as Awaited<ReturnType<Fetcher>>;
      const errors = (body as { errors?: { message: string }[] }).errors ?? [];
      setRefusal(res.status === 400 ? { status: 400, messages: errors.map((e) => e.message) } : null);
      return body;
    },
    [token],
  );
  const storage = useMemo(() => sessionStorageFor(`graphiql:${session?.username ?? ''}:`), [session]);
  const examples = examplesFor(session?.roles ?? []);
  return (
    <section className="explorer">
      <h1 className="sr-only">{t('explorer.title')}</h1>
      {refusal ? (
        <div role="alert" className="alert alert-warn limits">
          <strong>{t('explorer.refused')}</strong>
          <ul>
            {refusal.messages.map((m, i) => (
              <li key={i}>{m}</li>
            ))}
          </ul>
          <p>{t('explorer.limitsIntro')}</p>
          <ul>
            <li>{t('explorer.limitDepth')}</li>
            <li>{t('explorer.limitAliases')}</li>
            <li>{t('explorer.limitCost')}</li>
            <li>{t('explorer.limitTokens')}</li>
            <li>{t('explorer.limitBatch')}</li>
          </ul>
        </div>
      ) : (
        <p className="meta explorer-note">{t('explorer.note')}</p>
      )}
      <div className="graphiql-host">
        <GraphiQL
          fetcher={fetcher}
          storage={storage}
          defaultTabs={examples.map((e) => ({ query: e.query }))}
          isHeadersEditorEnabled={false}
          shouldPersistHeaders={false}
          defaultEditorToolsVisibility={false}
          forcedTheme="light"
        />
      </div>
    </section>
  );
}
