import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';

/** Which sign-in the gateway offers (GET /auth/config). */
export type SignInMode =
  | { mode: 'demo' }
  | { mode: 'oidc'; authority: string; clientId: string; scope: string; redirectPath: string }
  | { mode: 'none' };

/** The signed-in person, read from the token's claims (for display and routing only: every subgraph checks the token itself). */
export interface Session {
  token: string;
  username: string;
  name: string;
  agency: string;
  roles: string[];
  districts: string[];
  expiresAt: number;
}

// The token lives in this tab's session storage: it survives a reload, never a closed tab, and is never put in a URL.
const STORAGE_KEY = 'hub.session';

/** Decodes a JWT's claims without verifying them (the gateway and the subgraphs verify). */
export function sessionFromToken(token: string): Session | null {
  try {
    const part = token.split('.')[1];
    if (!part) return null;
    const json = atob(part.replace(/-/g, '+').replace(/_/g, '/'));
    const claims = JSON.parse(decodeURIComponent(escape(json))) as Record<string, unknown>;
    const list = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
    return {
      token,
      username: String(claims['preferred_username'] ?? claims['sub'] ?? ''),
      name: String(claims['name'] ?? claims['sub'] ?? ''),
      agency: String(claims['agency'] ?? ''),
      roles: list(claims['roles']),
      districts: list(claims['districts']),
      expiresAt: typeof claims['exp'] === 'number' ? claims['exp'] * 1000 : Date.now() + 3_600_000,
    };
  } catch {
    return null;
  }
}

function storedSession(): Session | null {
  try {
    const token = sessionStorage.getItem(STORAGE_KEY);
    const session = token ? sessionFromToken(token) : null;
    return session && session.expiresAt > Date.now() ? session : null;
  } catch {
    return null;
  }
}

interface AuthState {
  session: Session | null;
  mode: SignInMode | null;
  signInWithToken(token: string): void;
  signInDemo(username: string): Promise<void>;
  signInOidc(): Promise<void>;
  signOut(): void;
}

const AuthContext = createContext<AuthState | null>(null);

async function oidcManager(mode: Extract<SignInMode, { mode: 'oidc' }>) {
  // Loaded only where an identity provider is configured: the demo never downloads it.
  const { UserManager, WebStorageStateStore } = await import('oidc-client-ts');
  return new UserManager({
    authority: mode.authority,
    client_id: mode.clientId,
    scope: mode.scope,
    redirect_uri: `${window.location.origin}${mode.redirectPath}`,
    post_logout_redirect_uri: window.location.origin,
    response_type: 'code',
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
  });
}

/** Holds the session and offers the sign-in the gateway configured. */
export function AuthProvider({ children, initialMode }: { children: ReactNode; initialMode?: SignInMode }) {
  const [session, setSession] = useState<Session | null>(() => storedSession());
  const [mode, setMode] = useState<SignInMode | null>(initialMode ?? null);

  useEffect(() => {
    if (initialMode) return;
    fetch('/auth/config')
      .then((r) => (r.ok ? (r.json() as Promise<SignInMode>) : { mode: 'none' as const }))
      .then(setMode)
      .catch(() => setMode({ mode: 'none' }));
  }, [initialMode]);

  const signInWithToken = useCallback((token: string) => {
    const next = sessionFromToken(token);
    if (!next) throw new Error('invalid token');
    sessionStorage.setItem(STORAGE_KEY, token);
    setSession(next);
  }, []);

  const signInDemo = useCallback(
    async (username: string) => {
      const res = await fetch('/auth/demo-token', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username }),
      });
      if (!res.ok) throw new Error(`demo sign-in refused (${res.status})`);
      const { token } = (await res.json()) as { token: string };
      signInWithToken(token);
    },
    [signInWithToken],
  );

  const signInOidc = useCallback(async () => {
    if (mode?.mode !== 'oidc') return;
    await (await oidcManager(mode)).signinRedirect();
  }, [mode]);

  // Back from the identity provider: exchange the code (PKCE) and take the access token.
  useEffect(() => {
    if (mode?.mode !== 'oidc' || window.location.pathname !== mode.redirectPath) return;
    void oidcManager(mode)
      .then((m) => m.signinRedirectCallback())
      .then((user) => {
        signInWithToken(user.access_token);
        window.history.replaceState(null, '', '/');
        window.dispatchEvent(new PopStateEvent('popstate'));
      })
      .catch(() => window.history.replaceState(null, '', '/'));
  }, [mode, signInWithToken]);

  const signOut = useCallback(() => {
    sessionStorage.removeItem(STORAGE_KEY);
    setSession(null);
    if (mode?.mode === 'oidc') void oidcManager(mode).then((m) => m.removeUser());
  }, [mode]);

  const value = useMemo(
    () => ({ session, mode, signInWithToken, signInDemo, signInOidc, signOut }),
    [session, mode, signInWithToken, signInDemo, signInOidc, signOut],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

/** The session and the sign-in actions. */
export function useAuth(): AuthState {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth outside AuthProvider');
  return value;
}

/** The role names a view is for. */
export type Role = 'PK_OFFICER' | 'BAPAS_HEAD' | 'PROSECUTOR' | 'AUDITOR' | 'BAPAS_REGISTRAR';

/** True when the session holds any of the roles. */
export function hasRole(session: Session | null, ...roles: Role[]): boolean {
  return !!session && session.roles.some((r) => (roles as string[]).includes(r));
}
