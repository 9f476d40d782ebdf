import { useState } from 'react';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { ProtectionCaseStatus, RiskLevel } from '../../gql/graphql';
import { formatDate } from '../../format';
import { Link } from '../../router';
import { Badge, Empty, Loading, PartialWarning, QueryError } from '../../components/ui';
import { RISK_ORDER } from './protection';

// One request for the three risk groups (the gateway allows a caller only a few requests at once).
const CasesQuery = graphql(`
  query ProtectionCaseList($status: ProtectionCaseStatus, $high: Int!, $medium: Int!, $low: Int!) {
    high: protectionCases(first: $high, filter: { status: $status, riskLevel: HIGH }) {
      ...CaseGroup
    }
    medium: protectionCases(first: $medium, filter: { status: $status, riskLevel: MEDIUM }) {
      ...CaseGroup
    }
    low: protectionCases(first: $low, filter: { status: $status, riskLevel: LOW }) {
      ...CaseGroup
    }
  }
  fragment CaseGroup on ProtectionCaseConnection {
    totalCount
    pageInfo {
      hasNextPage
    }
    nodes {
      id
      caseNumber
      childRole
      childAlias
      childSex
      childAgeBand
      concerns
      riskLevel
      status
      openedAt
      emergencyServices
      serviceCount
      caseworker {
        id
        name
        profession
      }
    }
  }
`);

const STATUSES: ProtectionCaseStatus[] = ['INTAKE', 'ASSESSMENT', 'INTERVENTION', 'MONITORING', 'CLOSED'];
const PAGE = 25;
const MAX = 100;
const GROUP_KEY = { HIGH: 'high', MEDIUM: 'medium', LOW: 'low' } as const;
const RISK_TONE: Record<RiskLevel, 'bad' | 'warn' | 'info'> = { HIGH: 'bad', MEDIUM: 'warn', LOW: 'info' };

/**
 * Protection cases by risk, high risk first, filtered by stage: a case manager's whole district, or
 * (for a caseworker or psychologist) the cases assigned to them — the subgraph decides which.
 */
export function CaseList({
  title,
  intro,
  level = 1,
  showCaseworker = true,
}: {
  title: string;
  intro: string;
  level?: 1 | 2;
  /** False on "Kasus saya", where every case is the viewer's own. */
  showCaseworker?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [status, setStatus] = useState<ProtectionCaseStatus | ''>('');
  const [sizes, setSizes] = useState<Record<RiskLevel, number>>({ HIGH: PAGE, MEDIUM: PAGE, LOW: PAGE });
  const [{ data, fetching, error }] = useQuery({
    query: CasesQuery,
    variables: { status: status || null, high: sizes.HIGH, medium: sizes.MEDIUM, low: sizes.LOW },
  });
  const Heading = level === 1 ? 'h1' : 'h2';
  const Sub = level === 1 ? 'h2' : 'h3';
  const total = data ? data.high.totalCount + data.medium.totalCount + data.low.totalCount : 0;
  return (
    <section aria-labelledby="cases-title">
      <Heading id="cases-title">{title}</Heading>
      <p className="meta">{intro}</p>
      <label className="search">
        {t('protection.cases.status')}
        <select value={status} onChange={(e) => setStatus(e.target.value as ProtectionCaseStatus | '')}>
          <option value="">{t('protection.cases.allStatuses')}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`protectionStatus.${s}`)}
            </option>
          ))}
        </select>
      </label>
      {fetching && !data ? <Loading /> : null}
      {!data ? <QueryError error={error} /> : <PartialWarning error={error} />}
      {data && total === 0 ? <Empty>{t('protection.cases.empty')}</Empty> : null}
      {data
        ? RISK_ORDER.map((risk) => {
            const group = data[GROUP_KEY[risk]];
            if (group.totalCount === 0) return null;
            return (
              <div key={risk} className="block" data-testid={`risk-${risk}`}>
                <Sub>
                  {t(`protection.risk.${risk}`)} ({group.totalCount})
                </Sub>
                <table className="table">
                  <caption className="sr-only">
                    {title}: {t(`protection.risk.${risk}`)}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('protection.cases.case')}</th>
                      <th scope="col">{t('protection.cases.child')}</th>
                      <th scope="col">{t('protection.cases.stage')}</th>
                      {showCaseworker ? <th scope="col">{t('protection.case.caseworker')}</th> : null}
                    </tr>
                  </thead>
                  <tbody>
                    {group.nodes.map((c) => (
                      <tr key={c.id}>
                        <td data-label={t('protection.cases.case')}>
                          <Link to={`/perlindungan/${encodeURIComponent(c.id)}`}>{c.caseNumber}</Link>
                          <div className="meta">
                            {t('protection.cases.opened', { date: formatDate(c.openedAt, lang) })} ·{' '}
                            {t('protection.cases.services', { count: c.serviceCount })}
                          </div>
                        </td>
                        <td data-label={t('protection.cases.child')}>
                          {c.childAlias}
                          <div className="meta">
                            {t(`protection.childRole.${c.childRole}`)} · {t(`sex.${c.childSex}`)} ·{' '}
                            {t(`ageBand.${c.childAgeBand}`)}
                          </div>
                          {c.concerns.length ? (
                            <div className="meta">{c.concerns.map((v) => t(`protection.violence.${v}`)).join(', ')}</div>
                          ) : null}
                        </td>
                        <td data-label={t('protection.cases.stage')}>
                          <Badge tone={RISK_TONE[c.riskLevel]}>{t(`protection.risk.${c.riskLevel}`)}</Badge>{' '}
                          {t(`protectionStatus.${c.status}`)}
                          {c.emergencyServices ? (
                            <div>
                              <Badge tone="bad">{t('protection.case.emergency')}</Badge>
                            </div>
                          ) : null}
                        </td>
                        {showCaseworker ? (
                          <td data-label={t('protection.case.caseworker')}>
                            {c.caseworker ? (
                              <>
                                {c.caseworker.name}
                                <div className="meta">{t(`protection.profession.${c.caseworker.profession}`)}</div>
                              </>
                            ) : (
                              <span className="meta">{t('protection.case.unassigned')}</span>
                            )}
                          </td>
                        ) : null}
                      </tr>
                    ))}
                  </tbody>
                </table>
                {group.pageInfo.hasNextPage ? (
                  sizes[risk] < MAX ? (
                    <button type="button" onClick={() => setSizes((s) => ({ ...s, [risk]: Math.min(MAX, s[risk] + PAGE) }))}>
                      {t('protection.more')}
                    </button>
                  ) : (
                    <p className="meta">{t('protection.cases.narrow', { count: MAX })}</p>
                  )
                ) : null}
              </div>
            );
          })
        : null}
    </section>
  );
}

/** "Kasus saya": the cases assigned to the signed-in caseworker or psychologist, high risk first. */
export default function MyCases() {
  const { t } = useTranslation();
  return <CaseList title={t('protection.mine.title')} intro={t('protection.mine.intro')} showCaseworker={false} />;
}
