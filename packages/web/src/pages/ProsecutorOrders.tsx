import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql';
import { formatDate, formatNumber } from '../format';
import { toCsv } from '../csv';
import { Badge, Empty, HoursBar, Loading, PartialWarning, QueryError, Unavailable } from '../components/ui';

const OrdersQuery = graphql(`
  query ProsecutorOrders {
    communityServiceOrders(first: 100) {
      totalCount
      nodes {
        id
        kind
        status
        courtDecisionNumber
        orderedHours
        startDate
        deadline
        hoursCompleted
        hoursRemaining
        onTrack
        breachSignal
        unacceptableAbsences
        client {
          registerNumber
          displayName
          district {
            name
          }
        }
      }
    }
  }
`);

/** The prosecutor's supervision (KUHP Art. 85(8)): the district's orders, hours and signals, exportable as CSV. */
export default function ProsecutorOrders() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [{ data, fetching, error }] = useQuery({ query: OrdersQuery });
  if (fetching && !data) return <Loading />;
  if (!data) return <QueryError error={error} />;
  const orders = data.communityServiceOrders.nodes;
  const exportCsv = () => {
    const csv = toCsv(
      [
        t('orders.csv.register'),
        t('orders.csv.decision'),
        t('orders.csv.kind'),
        t('orders.csv.status'),
        t('orders.csv.ordered'),
        t('orders.csv.completed'),
        t('orders.csv.remaining'),
        t('orders.csv.deadline'),
        t('orders.csv.onTrack'),
        t('orders.csv.breach'),
      ],
      orders.map((o) => [
        o.client.registerNumber,
        o.courtDecisionNumber,
        o.kind,
        o.status,
        o.orderedHours,
        o.hoursCompleted ?? '',
        o.hoursRemaining ?? '',
        o.deadline,
        o.onTrack === null || o.onTrack === undefined ? '' : o.onTrack ? 'ya' : 'tidak',
        o.breachSignal ? 'ya' : 'tidak',
      ]),
    );
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `putusan-kerja-sosial-${new Date().toISOString().slice(0, 10)}.csv`;
    a.click();
    URL.revokeObjectURL(url);
  };
  return (
    <section>
      <h1>{t('orders.title')}</h1>
      <p className="meta">{t('orders.intro')}</p>
      <PartialWarning error={error} />
      <p>
        <button type="button" className="primary" onClick={exportCsv} disabled={orders.length === 0}>
          {t('orders.export')}
        </button>
      </p>
      {orders.length === 0 ? <Empty>{t('orders.empty')}</Empty> : null}
      {orders.length > 0 ? (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('orders.person')}</th>
              <th scope="col">{t('orders.order')}</th>
              <th scope="col">{t('orders.hours')}</th>
              <th scope="col">{t('caseload.signal')}</th>
            </tr>
          </thead>
          <tbody>
            {orders.map((o) => (
              <tr key={o.id}>
                <td data-label={t('orders.person')}>
                  {o.client.displayName}
                  <div className="meta">
                    {o.client.registerNumber} · {o.client.district.name}
                  </div>
                </td>
                <td data-label={t('orders.order')}>
                  {o.courtDecisionNumber}
                  <div className="meta">
                    {t(`orderKind.${o.kind}`)} · {t(`orderStatus.${o.status}`)} ·{' '}
                    {t('orders.until', { date: formatDate(o.deadline, lang) })}
                  </div>
                </td>
                <td data-label={t('orders.hours')}>
                  <HoursBar done={o.hoursCompleted} total={o.orderedHours} label={t('order.progress')} />
                  <span className="meta">{t('order.remaining', { hours: formatNumber(o.hoursRemaining, lang) })}</span>
                </td>
                <td data-label={t('caseload.signal')}>
                  {o.onTrack === null || o.onTrack === undefined ? (
                    <Unavailable />
                  ) : o.onTrack ? (
                    <Badge tone="ok">{t('signal.ON_TRACK')}</Badge>
                  ) : (
                    <Badge tone="warn">{t('signal.OFF_TRACK')}</Badge>
                  )}{' '}
                  {o.breachSignal ? <Badge tone="bad">{t('signal.BREACH')}</Badge> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
