import { lazy, Suspense, useMemo } from 'react';
import { Provider } from 'urql';
import { useTranslation } from 'react-i18next';
import { hasRole, useAuth } from './auth';
import { createHubClient } from './client';
import { Link, useRoute } from './router';
import { Loading } from './components/ui';
import { SignIn } from './pages/SignIn';
import { Caseload } from './pages/Caseload';
import { hasProtectionRole } from './pages/protection/protection';

// The explorer (GraphiQL and its editor) and the less-used views load on demand, keeping the first page small.
const ClientPage = lazy(() => import('./pages/ClientPage'));
const Office = lazy(() => import('./pages/Office'));
const ProsecutorOrders = lazy(() => import('./pages/ProsecutorOrders'));
const Audit = lazy(() => import('./pages/Audit'));
const Explorer = lazy(() => import('./pages/Explorer'));
const Analyst = lazy(() => import('./pages/analyst/Analyst'));
const ProviderSites = lazy(() => import('./pages/provider/ProviderSites'));
// DP3AP2KB: the case manager's desk and inbox, the case lists and the case page.
const ManagerDesk = lazy(() => import('./pages/protection/ManagerDesk'));
const DistrictCases = lazy(() => import('./pages/protection/ManagerDesk').then((m) => ({ default: m.DistrictCases })));
const ReferralInbox = lazy(() => import('./pages/protection/ReferralInbox'));
const MyCases = lazy(() => import('./pages/protection/CaseList'));
const ProtectionCasePage = lazy(() => import('./pages/protection/CasePage'));
const SiteToday = lazy(() => import('./pages/site/SiteToday'));

/** The site supervisor's view is keyed on the role name itself (kept apart from the Bapas roles above). */
const isSiteSupervisor = (roles: readonly string[] | undefined) => !!roles?.includes('SITE_SUPERVISOR');

function LanguageSwitch() {
  const { i18n, t } = useTranslation();
  const next = i18n.language.startsWith('en') ? 'id' : 'en';
  return (
    <button type="button" className="link-button" onClick={() => void i18n.changeLanguage(next)} lang={next}>
      {t('nav.switchLanguage')}
    </button>
  );
}

function Home() {
  const { session } = useAuth();
  const { t } = useTranslation();
  if (hasRole(session, 'PK_OFFICER')) return <Caseload />;
  if (hasRole(session, 'BAPAS_HEAD')) return <Office />;
  if (hasRole(session, 'PROSECUTOR')) return <ProsecutorOrders />;
  if (hasRole(session, 'AUDITOR')) return <Audit />;
  if (session?.roles.includes('ANALYST')) return <Analyst />;
  if (session?.roles.includes('PROVIDER_ADMIN')) return <ProviderSites />;
  if (hasProtectionRole(session, 'CASE_MANAGER')) return <ManagerDesk />;
  if (hasProtectionRole(session, 'CASEWORKER', 'PSYCHOLOGIST')) return <MyCases />;
  if (isSiteSupervisor(session?.roles)) return <SiteToday />;
  return (
    <section>
      <h1>{t('home.title')}</h1>
      <p>{t('home.noView')}</p>
      <p>
        <Link to="/explorer">{t('nav.explorer')}</Link>
      </p>
    </section>
  );
}

function Page() {
  const { path } = useRoute();
  const client = /^\/klien\/([^/]+)$/.exec(path);
  if (client) return <ClientPage id={decodeURIComponent(client[1]!)} />;
  const protectionCase = /^\/perlindungan\/([^/]+)$/.exec(path);
  if (protectionCase) return <ProtectionCasePage id={decodeURIComponent(protectionCase[1]!)} />;
  if (path === '/perlindungan') return <DistrictCases />;
  if (path === '/rujukan') return <ReferralInbox />;
  if (path === '/kasus-saya') return <MyCases />;
  if (path === '/kantor') return <Office />;
  if (path === '/putusan') return <ProsecutorOrders />;
  if (path === '/audit') return <Audit />;
  if (path === '/explorer') return <Explorer />;
  if (path === '/statistik') return <Analyst />;
  if (path === '/lokasi') return <ProviderSites />;
  if (path === '/hari-ini') return <SiteToday />;
  return <Home />;
}

/** The signed-in shell: header, navigation by role, the page. */
export function App() {
  const { session, signOut } = useAuth();
  const { t } = useTranslation();
  const client = useMemo(() => (session ? createHubClient(session.token) : null), [session]);
  if (!session || !client) {
    return (
      <>
        <header className="top">
          <span className="brand">{t('app.name')}</span>
          <LanguageSwitch />
        </header>
        <main id="main">
          <SignIn />
        </main>
      </>
    );
  }
  return (
    <Provider value={client}>
      <a href="#main" className="skip">
        {t('nav.skip')}
      </a>
      <header className="top">
        <Link to="/" className="brand">
          {t('app.name')}
        </Link>
        <nav aria-label={t('nav.label')}>
          <Link to="/">{t('nav.home')}</Link>
          {hasRole(session, 'BAPAS_HEAD') ? <Link to="/kantor">{t('nav.office')}</Link> : null}
          {hasRole(session, 'PROSECUTOR', 'BAPAS_HEAD') ? <Link to="/putusan">{t('nav.orders')}</Link> : null}
          {hasRole(session, 'AUDITOR') ? <Link to="/audit">{t('nav.audit')}</Link> : null}
          {session.roles.includes('ANALYST') ? (
            <Link to="/statistik">{t('analyst.nav')}</Link>
          ) : hasRole(session, 'BAPAS_HEAD') || hasProtectionRole(session, 'CASE_MANAGER') ? (
            // The joint monitoring (and the statistics each may read) on the analyst's page.
            <Link to="/statistik">{t('analyst.navJoint')}</Link>
          ) : null}
          {session.roles.includes('PROVIDER_ADMIN') ? <Link to="/lokasi">{t('provider.nav')}</Link> : null}
          {hasProtectionRole(session, 'CASE_MANAGER') ? <Link to="/rujukan">{t('protection.nav.inbox')}</Link> : null}
          {hasProtectionRole(session, 'CASE_MANAGER') ? <Link to="/perlindungan">{t('protection.nav.cases')}</Link> : null}
          {hasProtectionRole(session, 'CASEWORKER', 'PSYCHOLOGIST') ? (
            <Link to="/kasus-saya">{t('protection.nav.mine')}</Link>
          ) : null}
          {isSiteSupervisor(session.roles) ? <Link to="/hari-ini">{t('site.nav')}</Link> : null}
          <Link to="/explorer">{t('nav.explorer')}</Link>
        </nav>
        <div className="who">
          <span>
            {session.name}{' '}
            <span className="meta">({session.roles.map((r) => t(`role.${r}`, { defaultValue: r })).join(', ')})</span>
          </span>
          <LanguageSwitch />
          <button
            type="button"
            className="link-button"
            onClick={() => {
              // The roster kept for offline use goes with the session; waiting records stay to be sent.
              void import('./offline/roster').then((m) => m.forgetRosters());
              signOut();
            }}
          >
            {t('nav.signOut')}
          </button>
        </div>
      </header>
      <main id="main">
        <Suspense fallback={<Loading />}>
          <Page />
        </Suspense>
      </main>
    </Provider>
  );
}
