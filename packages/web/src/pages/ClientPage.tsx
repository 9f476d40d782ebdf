import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql';
import { formatDate, formatDateTime, formatNumber } from '../format';
import { hasRole, useAuth } from '../auth';
import { Link } from '../router';
import { Badge, Empty, HoursBar, Loading, PartialWarning, QueryError, Unavailable } from '../components/ui';
import {
  IssueOrderForm,
  PlaceOrderForm,
  ReferForm,
  RequestLitmasForm,
  SessionForm,
  SubmitLitmasForm,
  WithdrawForm,
} from './ClientActions';

export const ClientViewQuery = graphql(`
  query ClientView($id: ID!) {
    client(id: $id) {
      id
      registerNumber
      displayName
      identityAccess
      fullName
      nik
      birthDate
      address
      guardianName
      sex
      ageBand
      category
      status
      district {
        code
        name
      }
      officer {
        id
        name
      }
      cases {
        id
        caseNumber
        offenseDate
        stage
        offense {
          titleId
          article
          statute
        }
        diversion {
          eligible
          reason
          status
          startBy
          startedAt
          deadline
        }
        socialInquiryReports {
          id
          purpose
          requester
          requestedAt
          dueAt
          submittedAt
          recommendation
          overdue
        }
      }
      supervisionSessions(last: 10) {
        id
        heldOn
        kind
        place
        summary
      }
      communityServiceOrders {
        id
        kind
        orderedHours
        maxHoursPerDay
        startDate
        deadline
        courtDecisionNumber
        status
        legalBasis
        hoursCompleted
        hoursRemaining
        onTrack
        breachSignal
        unacceptableAbsences
        placements {
          id
          status
          startDate
          hoursCredited
          supervisorName
          site {
            id
            name
            district {
              name
            }
          }
        }
      }
      referrals {
        id
        status
        services
        reason
        sentAt
        withdrawnAt
        withdrawalReason
        response {
          decision
          decidedAt
          reason
          protectionCase {
            caseNumber
            status
            serviceCount
          }
        }
      }
      protectionCases {
        id
        caseNumber
        status
        serviceCount
      }
    }
  }
`);

/** DP3AP2KB's service count, or "not available" when DP3AP2KB did not answer. */
function ServiceCount({ count }: { count: number | null | undefined }) {
  const { t } = useTranslation();
  return count === null || count === undefined ? <Unavailable /> : <>{t('referral.services', { count })}</>;
}

/** A client as one cross-agency view: Bapas's record, DP3AP2KB's response, the work sites' hours. */
export default function ClientPage({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const { session } = useAuth();
  const lang = i18n.language;
  const [{ data, fetching, error }, refetch] = useQuery({ query: ClientViewQuery, variables: { id } });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const canAct = hasRole(session, 'PK_OFFICER', 'BAPAS_HEAD');

  if (fetching && !data) return <Loading />;
  const c = data?.client;
  if (!c) {
    const forbidden = error?.graphQLErrors.some((e) => ['FORBIDDEN', 'NOT_FOUND'].includes(String(e.extensions?.['code'])));
    return (
      <section>
        <h1>{t('client.title')}</h1>
        {error && !forbidden ? <QueryError error={error} /> : <Empty>{t('client.notReachable')}</Empty>}
        <p>
          <Link to="/">{t('client.back')}</Link>
        </p>
      </section>
    );
  }
  const openReferral = (c.referrals ?? []).find((r) => r.status === 'OPEN');
  const isChild = c.category === 'CHILD_IN_CONFLICT';

  return (
    <section className="client">
      <p>
        <Link to="/">{t('client.back')}</Link>
      </p>
      <h1>{c.displayName}</h1>
      <PartialWarning error={error} />

      <div className="grid">
        <article className="card">
          <h2>{t('client.identity')}</h2>
          <dl className="facts">
            <dt>{t('client.registerNumber')}</dt>
            <dd>{c.registerNumber}</dd>
            <dt>{t('client.access')}</dt>
            <dd>
              <Badge tone={c.identityAccess === 'FULL' ? 'ok' : 'info'}>{t(`access.${c.identityAccess}`)}</Badge>
            </dd>
            {c.identityAccess === 'FULL' ? (
              <>
                <dt>{t('client.fullName')}</dt>
                <dd>{c.fullName ?? '–'}</dd>
                <dt>NIK</dt>
                <dd>{c.nik ?? '–'}</dd>
                <dt>{t('client.birthDate')}</dt>
                <dd>{formatDate(c.birthDate, lang)}</dd>
                <dt>{t('client.address')}</dt>
                <dd>{c.address ?? '–'}</dd>
                <dt>{t('client.guardian')}</dt>
                <dd>{c.guardianName ?? '–'}</dd>
              </>
            ) : null}
            <dt>{t('client.sexAge')}</dt>
            <dd>
              {t(`sex.${c.sex}`)} · {t(`ageBand.${c.ageBand}`)}
            </dd>
            <dt>{t('client.category')}</dt>
            <dd>{t(`category.${c.category}`)}</dd>
            <dt>{t('client.status')}</dt>
            <dd>{t(`clientStatus.${c.status}`)}</dd>
            <dt>{t('client.district')}</dt>
            <dd>{c.district.name}</dd>
            <dt>{t('client.officer')}</dt>
            <dd>{c.officer?.name ?? t('client.noOfficer')}</dd>
          </dl>
        </article>

        <article className="card">
          <h2>{t('client.cases')}</h2>
          {(c.cases ?? []).length === 0 ? <Empty>{t('client.noCases')}</Empty> : null}
          {(c.cases ?? []).map((k) => (
            <div key={k.id} className="block">
              <h3>
                {k.caseNumber} · {k.offense.titleId}
              </h3>
              <p className="meta">
                {k.offense.statute} {k.offense.article} · {t(`stage.${k.stage}`)} · {t('case.offenseDate')}{' '}
                {formatDate(k.offenseDate, lang)}
              </p>
              <p>
                <strong>{t('case.diversion')}:</strong> {t(`diversion.${k.diversion.status}`)}
                {k.diversion.startBy && k.diversion.status === 'NOT_STARTED' ? (
                  <> · {t('case.startBy', { date: formatDate(k.diversion.startBy, lang) })}</>
                ) : null}
                {k.diversion.deadline ? (
                  <> · {t('case.diversionDeadline', { date: formatDate(k.diversion.deadline, lang) })}</>
                ) : null}
              </p>
              <h4>{t('litmas.title')}</h4>
              {k.socialInquiryReports.length === 0 ? <p className="meta">{t('litmas.none')}</p> : null}
              <ul className="plain">
                {k.socialInquiryReports.map((r) => (
                  <li key={r.id}>
                    {t(`litmasPurpose.${r.purpose}`)} · {r.requester} · {t('litmas.due')} {formatDateTime(r.dueAt, lang)}{' '}
                    {r.submittedAt ? (
                      <Badge tone="ok">{t('litmas.submitted', { date: formatDateTime(r.submittedAt, lang) })}</Badge>
                    ) : r.overdue ? (
                      <Badge tone="bad">{t('litmas.overdue')}</Badge>
                    ) : (
                      <Badge tone="warn">{t('litmas.open')}</Badge>
                    )}
                    {r.recommendation ? <div className="meta">{r.recommendation}</div> : null}
                    {canAct && !r.submittedAt ? <SubmitLitmasForm reportId={r.id} onDone={reload} /> : null}
                  </li>
                ))}
              </ul>
              {canAct ? <RequestLitmasForm caseId={k.id} onDone={reload} /> : null}
            </div>
          ))}
        </article>

        <article className="card">
          <h2>{t('order.title')}</h2>
          {(c.communityServiceOrders ?? []).length === 0 ? <Empty>{t('order.none')}</Empty> : null}
          {(c.communityServiceOrders ?? []).map((o) => (
            <div key={o.id} className="block">
              <h3>
                {t(`orderKind.${o.kind}`)} · {o.courtDecisionNumber}
              </h3>
              <p className="meta">
                {t(`orderStatus.${o.status}`)} · {formatDate(o.startDate, lang)} – {formatDate(o.deadline, lang)} · {o.legalBasis}
              </p>
              <HoursBar done={o.hoursCompleted} total={o.orderedHours} label={t('order.progress')} />
              <p>
                {o.onTrack === null || o.onTrack === undefined ? (
                  <Unavailable />
                ) : o.onTrack ? (
                  <Badge tone="ok">{t('signal.ON_TRACK')}</Badge>
                ) : (
                  <Badge tone="warn">{t('signal.OFF_TRACK')}</Badge>
                )}{' '}
                {o.breachSignal ? <Badge tone="bad">{t('signal.BREACH')}</Badge> : null}{' '}
                <span className="meta">
                  {t('order.remaining', { hours: formatNumber(o.hoursRemaining, lang) })} ·{' '}
                  {o.unacceptableAbsences === null || o.unacceptableAbsences === undefined ? (
                    <Unavailable />
                  ) : (
                    t('order.absences', { count: o.unacceptableAbsences })
                  )}
                </span>
              </p>
              {o.placements === null || o.placements === undefined ? (
                <Unavailable />
              ) : (
                <ul className="plain">
                  {o.placements.map((p) => (
                    <li key={p.id}>
                      <strong>{p.site.name}</strong> ({p.site.district.name}) · {t(`placementStatus.${p.status}`)} ·{' '}
                      {t('order.since', { date: formatDate(p.startDate, lang) })}
                      <HoursBar
                        done={p.hoursCredited}
                        total={o.orderedHours}
                        label={t('order.placementProgress', { site: p.site.name })}
                      />
                    </li>
                  ))}
                </ul>
              )}
              {canAct && (o.status === 'PENDING_PLACEMENT' || o.status === 'ACTIVE') ? (
                <PlaceOrderForm
                  orderId={o.id}
                  districtCode={c.district.code}
                  isChild={isChild}
                  startDate={o.startDate}
                  deadline={o.deadline}
                  onDone={reload}
                />
              ) : null}
            </div>
          ))}
          {canAct ? (
            <IssueOrderForm
              cases={(c.cases ?? []).map((k) => ({ id: k.id, caseNumber: k.caseNumber }))}
              child={isChild}
              onDone={reload}
            />
          ) : null}
        </article>

        <article className="card">
          <h2>{t('referral.title')}</h2>
          {c.referrals.length === 0 ? <Empty>{t('referral.none')}</Empty> : null}
          <ul className="plain">
            {c.referrals.map((r) => (
              <li key={r.id} className="block">
                <strong>{t(`referralStatus.${r.status}`)}</strong> · {formatDateTime(r.sentAt, lang)}
                <div>{r.services.map((s) => t(`serviceNeed.${s}`)).join(', ')}</div>
                <div className="meta">{r.reason}</div>
                <div>
                  {t('referral.response')}:{' '}
                  {r.response === undefined || r.response === null ? (
                    r.status === 'OPEN' ? (
                      <span className="meta">{t('referral.awaiting')}</span>
                    ) : (
                      <span className="meta">–</span>
                    )
                  ) : (
                    <>
                      <Badge tone={r.response.decision === 'ACCEPTED' ? 'ok' : 'warn'}>
                        {t(`decision.${r.response.decision}`)}
                      </Badge>{' '}
                      {formatDateTime(r.response.decidedAt, lang)}
                      {r.response.reason ? <div className="meta">{r.response.reason}</div> : null}
                      {r.response.protectionCase ? (
                        <div>
                          {r.response.protectionCase.caseNumber} · {t(`protectionStatus.${r.response.protectionCase.status}`)} ·{' '}
                          <ServiceCount count={r.response.protectionCase.serviceCount} />
                        </div>
                      ) : null}
                    </>
                  )}
                </div>
                {r.withdrawnAt ? (
                  <div className="meta">
                    {t('referral.withdrawnAt', { date: formatDateTime(r.withdrawnAt, lang) })} {r.withdrawalReason}
                  </div>
                ) : null}
                {canAct && r.status === 'OPEN' ? <WithdrawForm referralId={r.id} onDone={reload} /> : null}
              </li>
            ))}
          </ul>
          {canAct && !openReferral ? <ReferForm clientId={c.id} onDone={reload} /> : null}
          <h3>{t('protection.title')}</h3>
          {c.protectionCases === null || c.protectionCases === undefined ? (
            <Unavailable />
          ) : c.protectionCases.length === 0 ? (
            <p className="meta">{t('protection.none')}</p>
          ) : (
            <ul className="plain">
              {c.protectionCases.map((p) => (
                <li key={p.id}>
                  {p.caseNumber} · {t(`protectionStatus.${p.status}`)} · <ServiceCount count={p.serviceCount} />
                </li>
              ))}
            </ul>
          )}
        </article>

        <article className="card">
          <h2>{t('session.title')}</h2>
          {c.supervisionSessions.length === 0 ? <Empty>{t('session.none')}</Empty> : null}
          <ul className="plain">
            {c.supervisionSessions.map((s) => (
              <li key={s.id}>
                {formatDate(s.heldOn, lang)} · {t(`sessionKind.${s.kind}`)}
                {s.place ? <> · {s.place}</> : null}
                {s.summary ? <div className="meta">{s.summary}</div> : null}
              </li>
            ))}
          </ul>
          {canAct ? <SessionForm clientId={c.id} onDone={reload} /> : null}
        </article>
      </div>
    </section>
  );
}
