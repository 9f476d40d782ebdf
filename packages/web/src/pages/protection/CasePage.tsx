import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { RiskLevel } from '../../gql/graphql';
import { useAuth } from '../../auth';
import { formatDate, formatDateTime } from '../../format';
import { Link } from '../../router';
import { Badge, Empty, Loading, PartialWarning, QueryError, Unavailable } from '../../components/ui';
import { hasProtectionRole, isLinkedCaseworker } from './protection';
import { AssessmentForm, AssignForm, CloseForm, InterventionPlanForm, ReopenForm, ServiceForm, StageForm } from './CaseForms';

export const ProtectionCaseViewQuery = graphql(`
  query ProtectionCaseView($id: ID!) {
    protectionCase(id: $id) {
      id
      caseNumber
      childRole
      childAlias
      childSex
      childAgeBand
      childFullName
      childBirthDate
      childAddress
      concerns
      riskLevel
      status
      openedAt
      closedAt
      closureReason
      place
      perpetratorRelationship
      emergencyServices
      clinicalNotesVisible
      district {
        code
        name
      }
      caseworker {
        id
        name
        profession
      }
      client {
        id
        registerNumber
        displayName
        identityAccess
      }
      assessments {
        id
        assessedOn
        riskLevel
        needs
      }
      interventionPlan {
        id
        goals
        plannedServices
        createdAt
      }
      services {
        id
        kind
        deliveredAt
        attended
        clinicalNotes
        provider {
          name
          profession
        }
      }
      history {
        id
        kind
        at
        actorName
        closureReason
        note
      }
    }
  }
`);

const RISK_TONE: Record<RiskLevel, 'bad' | 'warn' | 'info'> = { HIGH: 'bad', MEDIUM: 'warn', LOW: 'info' };

/**
 * A protection case as DP3AP2KB works it: the child (initials; the full identity only for staff on the
 * case), assessment, intervention plan, services, stage, closure and reopening, the history. Clinical
 * notes appear only for the psychologist assigned to the case (`clinicalNotesVisible`), never as an
 * empty box for anyone else.
 */
export default function CasePage({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const { session } = useAuth();
  const lang = i18n.language;
  const [{ data, fetching, error }, refetch] = useQuery({ query: ProtectionCaseViewQuery, variables: { id } });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const manager = hasProtectionRole(session, 'CASE_MANAGER');
  const psychologist = hasProtectionRole(session, 'PSYCHOLOGIST');
  // Assessments and services are recorded in a caseworker's name: only an account linked to one records them.
  const records = isLinkedCaseworker(session);

  if (fetching && !data) return <Loading />;
  const c = data?.protectionCase;
  if (!c) {
    const refused = error?.graphQLErrors.some((e) => ['FORBIDDEN', 'NOT_FOUND'].includes(String(e.extensions?.['code'])));
    return (
      <section>
        <h1>{t('protection.case.title')}</h1>
        {error && !refused ? <QueryError error={error} /> : <Empty>{t('protection.case.notReachable')}</Empty>}
        <p>
          <Link to="/">{t('client.back')}</Link>
        </p>
      </section>
    );
  }
  const open = c.status !== 'CLOSED';
  const notes = c.clinicalNotesVisible;
  return (
    <section className="protection-case">
      <p>
        <Link to="/">{t('client.back')}</Link>
      </p>
      <h1>
        {c.caseNumber} · {c.childAlias}
      </h1>
      <PartialWarning error={error} />
      <p>
        <Badge tone={RISK_TONE[c.riskLevel]}>{t(`protection.risk.${c.riskLevel}`)}</Badge>{' '}
        <Badge tone={open ? 'info' : 'ok'}>{t(`protectionStatus.${c.status}`)}</Badge>{' '}
        {c.emergencyServices ? <Badge tone="bad">{t('protection.case.emergency')}</Badge> : null}
      </p>

      <div className="grid">
        <article className="card" aria-labelledby="case-child">
          <h2 id="case-child">{t('protection.case.child')}</h2>
          <dl className="facts">
            <dt>{t('protection.case.role')}</dt>
            <dd>{t(`protection.childRole.${c.childRole}`)}</dd>
            <dt>{t('protection.case.alias')}</dt>
            <dd>{c.childAlias}</dd>
            {c.childFullName ? (
              <>
                <dt>{t('client.fullName')}</dt>
                <dd>{c.childFullName}</dd>
                <dt>{t('client.birthDate')}</dt>
                <dd>{formatDate(c.childBirthDate, lang)}</dd>
                <dt>{t('client.address')}</dt>
                <dd>{c.childAddress ?? '–'}</dd>
              </>
            ) : null}
            <dt>{t('client.sexAge')}</dt>
            <dd>
              {t(`sex.${c.childSex}`)} · {t(`ageBand.${c.childAgeBand}`)}
            </dd>
            {c.client ? (
              <>
                <dt>{t('protection.case.bapasClient')}</dt>
                <dd>
                  {c.client.displayName} · {c.client.registerNumber}{' '}
                  <Badge tone={c.client.identityAccess === 'FULL' ? 'ok' : 'info'}>
                    {t(`access.${c.client.identityAccess}`)}
                  </Badge>
                </dd>
              </>
            ) : c.childRole === 'IN_CONFLICT' && error ? (
              <>
                <dt>{t('protection.case.bapasClient')}</dt>
                <dd>
                  <Unavailable />
                </dd>
              </>
            ) : null}
            <dt>{t('protection.case.concerns')}</dt>
            <dd>{c.concerns.length ? c.concerns.map((v) => t(`protection.violence.${v}`)).join(', ') : '–'}</dd>
            {c.place ? (
              <>
                <dt>{t('protection.case.place')}</dt>
                <dd>{t(`protection.place.${c.place}`)}</dd>
              </>
            ) : null}
            {c.perpetratorRelationship ? (
              <>
                <dt>{t('protection.case.perpetrator')}</dt>
                <dd>{t(`protection.perpetrator.${c.perpetratorRelationship}`)}</dd>
              </>
            ) : null}
            <dt>{t('client.district')}</dt>
            <dd>{c.district.name}</dd>
            <dt>{t('protection.case.opened')}</dt>
            <dd>{formatDateTime(c.openedAt, lang)}</dd>
            {c.closedAt ? (
              <>
                <dt>{t('protection.case.closed')}</dt>
                <dd>
                  {formatDateTime(c.closedAt, lang)}
                  {c.closureReason ? (
                    <> · {t(`protection.closure.${c.closureReason}`, { defaultValue: c.closureReason })}</>
                  ) : null}
                </dd>
              </>
            ) : null}
            <dt>{t('protection.case.caseworker')}</dt>
            <dd>
              {c.caseworker ? (
                <>
                  {c.caseworker.name} <span className="meta">({t(`protection.profession.${c.caseworker.profession}`)})</span>
                </>
              ) : (
                <span className="meta">{t('protection.case.unassigned')}</span>
              )}
            </dd>
          </dl>
          {manager && open ? <AssignForm protectionCaseId={c.id} onDone={reload} /> : null}
        </article>

        <article className="card" aria-labelledby="case-assessment">
          <h2 id="case-assessment">{t('protection.assessment.title')}</h2>
          {c.assessments.length === 0 ? <Empty>{t('protection.assessment.none')}</Empty> : null}
          <ul className="plain">
            {c.assessments.map((a) => (
              <li key={a.id}>
                {formatDate(a.assessedOn, lang)} ·{' '}
                <Badge tone={RISK_TONE[a.riskLevel]}>{t(`protection.risk.${a.riskLevel}`)}</Badge>
                <div className="meta">{a.needs.map((n) => t(`protection.need.${n}`)).join(', ')}</div>
              </li>
            ))}
          </ul>
          {open && records ? <AssessmentForm protectionCaseId={c.id} riskLevel={c.riskLevel} onDone={reload} /> : null}
          {open && !records ? <p className="meta">{t('protection.case.recordedByStaff')}</p> : null}

          <h3>{t('protection.plan.title')}</h3>
          {c.interventionPlan ? (
            <div className="block">
              <p>{c.interventionPlan.goals}</p>
              <p className="meta">
                {c.interventionPlan.plannedServices.map((s) => t(`protection.serviceKind.${s}`)).join(', ')} ·{' '}
                {formatDateTime(c.interventionPlan.createdAt, lang)}
              </p>
            </div>
          ) : (
            <p className="meta">{t('protection.plan.none')}</p>
          )}
          {manager && open && c.status !== 'INTAKE' ? (
            <InterventionPlanForm protectionCaseId={c.id} current={c.interventionPlan} onDone={reload} />
          ) : null}
        </article>

        <article className="card" aria-labelledby="case-services">
          <h2 id="case-services">{t('protection.service.title')}</h2>
          {c.services.length === 0 ? <Empty>{t('protection.service.none')}</Empty> : null}
          <ul className="plain" data-testid="services">
            {c.services.map((s) => (
              <li key={s.id} className="block" data-testid="service">
                <strong>{t(`protection.serviceKind.${s.kind}`)}</strong> · {formatDateTime(s.deliveredAt, lang)} ·{' '}
                {s.attended ? t('protection.service.attended') : t('protection.service.absent')}
                {s.provider ? (
                  <div className="meta">
                    {s.provider.name} ({t(`protection.profession.${s.provider.profession}`)})
                  </div>
                ) : null}
                {notes && s.clinicalNotes ? (
                  <div className="clinical-notes" data-testid="clinical-notes">
                    <span className="meta">{t('protection.service.clinicalNotes')}:</span> {s.clinicalNotes}
                  </div>
                ) : null}
              </li>
            ))}
          </ul>
          {open && records ? (
            <ServiceForm protectionCaseId={c.id} psychologist={psychologist} clinicalNotes={notes} onDone={reload} />
          ) : null}
          {open && !records ? <p className="meta">{t('protection.case.recordedByStaff')}</p> : null}
        </article>

        <article className="card" aria-labelledby="case-stage">
          <h2 id="case-stage">{t('protection.stage.title')}</h2>
          <p>
            {t('protection.stage.current')}: <strong>{t(`protectionStatus.${c.status}`)}</strong>
          </p>
          {open ? <StageForm key={c.status} protectionCaseId={c.id} status={c.status} onDone={reload} /> : null}
          {open ? <CloseForm protectionCaseId={c.id} onDone={reload} /> : null}
          {!open && manager ? <ReopenForm protectionCaseId={c.id} onDone={reload} /> : null}
          {!open && !manager ? <p className="meta">{t('protection.stage.closedReadOnly')}</p> : null}
          <h3>{t('protection.history.title')}</h3>
          {c.history.length === 0 ? (
            <p className="meta">{t('protection.history.none')}</p>
          ) : (
            <ol className="plain" data-testid="history">
              {c.history.map((h) => (
                <li key={h.id}>
                  <strong>{t(`protection.history.${h.kind}`)}</strong> · {formatDateTime(h.at, lang)} · {h.actorName}
                  {h.closureReason ? (
                    <> · {t(`protection.closure.${h.closureReason}`, { defaultValue: h.closureReason })}</>
                  ) : null}
                  {h.note ? <div className="meta">{h.note}</div> : null}
                </li>
              ))}
            </ol>
          )}
        </article>
      </div>
    </section>
  );
}
