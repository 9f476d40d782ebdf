import { useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql';
import { nextDeadline, signalOf, type Signal } from '../deadlines';
import { formatDate, formatDateTime } from '../format';
import { Link } from '../router';
import { Badge, Empty, Loading, PartialWarning, QueryError } from '../components/ui';

const CaseloadQuery = graphql(`
  query Caseload {
    clients(first: 50) {
      totalCount
      nodes {
        id
        registerNumber
        displayName
        identityAccess
        category
        status
        ageBand
        district {
          name
        }
        cases {
          id
          caseNumber
          stage
          diversion {
            status
            startBy
            deadline
          }
          socialInquiryReports {
            id
            purpose
            dueAt
            submittedAt
            overdue
          }
        }
        communityServiceOrders {
          id
          status
          deadline
          onTrack
          breachSignal
        }
      }
    }
  }
`);

const TONE: Record<Signal, 'ok' | 'warn' | 'bad' | 'info'> = {
  BREACH: 'bad',
  OVERDUE: 'bad',
  OFF_TRACK: 'warn',
  ON_TRACK: 'ok',
  UNKNOWN: 'info',
  NONE: 'info',
};

/** "Klien saya": the PK's caseload, each client's next deadline and signal, soonest first. */
export function Caseload() {
  const { t, i18n } = useTranslation();
  const [{ data, fetching, error }] = useQuery({ query: CaseloadQuery });
  const [search, setSearch] = useState('');
  const rows = useMemo(() => {
    const now = new Date();
    const q = search.trim().toLowerCase();
    return (data?.clients.nodes ?? [])
      .filter((c) => !q || c.displayName.toLowerCase().includes(q) || c.registerNumber.toLowerCase().includes(q))
      .map((c) => ({ client: c, next: nextDeadline(c, now), signal: signalOf(c, now) }))
      .sort((a, b) => (a.next?.at ?? '9999').localeCompare(b.next?.at ?? '9999'));
  }, [data, search]);

  return (
    <section>
      <h1>{t('caseload.title')}</h1>
      <p className="meta">{t('caseload.intro')}</p>
      <label className="search">
        {t('caseload.search')}
        <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} placeholder={t('caseload.searchHint')} />
      </label>
      {fetching && !data ? <Loading /> : null}
      {!data ? <QueryError error={error} /> : <PartialWarning error={error} />}
      {data && rows.length === 0 ? <Empty>{search ? t('caseload.noMatch') : t('caseload.empty')}</Empty> : null}
      {rows.length > 0 ? (
        <table className="table">
          <caption className="sr-only">{t('caseload.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('client.name')}</th>
              <th scope="col">{t('client.status')}</th>
              <th scope="col">{t('caseload.nextDeadline')}</th>
              <th scope="col">{t('caseload.signal')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ client: c, next, signal }) => (
              <tr key={c.id}>
                <td data-label={t('client.name')}>
                  <Link to={`/klien/${encodeURIComponent(c.id)}`}>{c.displayName}</Link>
                  <div className="meta">
                    {c.registerNumber} · {t(`category.${c.category}`)} · {c.district.name}
                  </div>
                </td>
                <td data-label={t('client.status')}>{t(`clientStatus.${c.status}`)}</td>
                <td data-label={t('caseload.nextDeadline')}>
                  {next ? (
                    <>
                      <div>{t(`deadline.${next.kind}`)}</div>
                      <div className="meta">
                        {next.at.length === 10 ? formatDate(next.at, i18n.language) : formatDateTime(next.at, i18n.language)} (
                        {next.days < 0
                          ? t('deadline.overdueBy', { count: -next.days })
                          : next.days === 0
                            ? t('deadline.today')
                            : t('deadline.inDays', { count: next.days })}
                        )
                      </div>
                    </>
                  ) : (
                    <span className="meta">{t('deadline.none')}</span>
                  )}
                </td>
                <td data-label={t('caseload.signal')}>
                  {signal === 'NONE' ? (
                    <span className="meta">{t('signal.NONE')}</span>
                  ) : (
                    <Badge tone={TONE[signal]}>{t(`signal.${signal}`)}</Badge>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
