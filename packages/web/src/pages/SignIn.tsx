import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth';
import { Loading } from '../components/ui';

interface DemoUser {
  username: string;
  name: string;
  roles: string[];
  agency: string;
}

/** Sign-in: the demo picker outside production, the agency's identity provider in production. */
export function SignIn() {
  const { mode, signInDemo, signInOidc } = useAuth();
  const { t } = useTranslation();
  const [users, setUsers] = useState<DemoUser[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  useEffect(() => {
    if (mode?.mode !== 'demo') return;
    fetch('/auth/demo-users')
      .then((r) => (r.ok ? (r.json() as Promise<DemoUser[]>) : Promise.reject(new Error(String(r.status)))))
      .then(setUsers)
      .catch(() => setError(t('signIn.failed')));
  }, [mode, t]);

  if (!mode) return <Loading />;
  if (mode.mode === 'oidc') {
    return (
      <section className="card narrow">
        <h1>{t('signIn.title')}</h1>
        <p>{t('signIn.oidcIntro')}</p>
        <button type="button" className="primary" onClick={() => void signInOidc()}>
          {t('signIn.oidcButton')}
        </button>
      </section>
    );
  }
  if (mode.mode === 'none') {
    return (
      <section className="card narrow">
        <h1>{t('signIn.title')}</h1>
        <p>{t('signIn.notConfigured')}</p>
      </section>
    );
  }
  const pick = async (username: string) => {
    setBusy(username);
    setError(null);
    try {
      await signInDemo(username);
    } catch {
      setError(t('signIn.failed'));
      setBusy(null);
    }
  };
  return (
    <section className="card">
      <h1>{t('signIn.demoTitle')}</h1>
      <p>{t('signIn.demoIntro')}</p>
      {error ? (
        <p role="alert" className="alert alert-error">
          {error}
        </p>
      ) : null}
      {!users ? (
        <Loading />
      ) : (
        <ul className="user-list">
          {users.map((u) => (
            <li key={u.username}>
              <button type="button" onClick={() => void pick(u.username)} disabled={busy !== null} data-username={u.username}>
                <strong>{u.username}</strong>
                <span>{u.name}</span>
                <span className="meta">
                  {u.roles.map((r) => t(`role.${r}`, { defaultValue: r })).join(', ')} · {u.agency}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
