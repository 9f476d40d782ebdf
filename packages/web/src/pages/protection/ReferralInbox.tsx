import { useState } from 'react';
import { useMutation, useQuery, type CombinedError } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { RiskLevel } from '../../gql/graphql';
import { formatDate, formatDateTime } from '../../format';
import { Link } from '../../router';
import { Badge, Empty, Loading, PartialWarning, QueryError, Unavailable } from '../../components/ui';
import { ActionForm } from '../ClientActions';
import { CaseworkerPicker } from './CaseworkerPicker';
import { referralAgeDays, RISK_ORDER } from './protection';

const InboxQuery = graphql(`
  query ReferralInbox($first: Int!) {
    incomingReferrals(first: $first) {
      totalCount
      pageInfo {
        hasNextPage
      }
      nodes {
        id
        status
        services
        reason
        sentAt
        sentBy {
          name
        }
        client {
          id
          registerNumber
          displayName
          identityAccess
          identityAccessReason
          birthDate
          sex
          ageBand
          category
          district {
            name
          }
        }
        response {
          decision
          decidedAt
          protectionCase {
            id
            caseNumber
          }
        }
      }
    }
  }
`);

const AcceptReferral = graphql(`
  mutation AcceptReferral($input: AcceptReferralInput!) {
    acceptReferral(input: $input) {
      replayed
      response {
        decision
        decidedAt
        protectionCase {
          id
          caseNumber
        }
      }
      userErrors {
        field
        code
        message
        article
      }
    }
  }
`);

const DeclineReferral = graphql(`
  mutation DeclineReferral($input: DeclineReferralInput!) {
    declineReferral(input: $input) {
      replayed
      response {
        decision
        decidedAt
        reason
      }
      userErrors {
        field
        code
        message
        article
      }
    }
  }
`);

const PAGE = 25;

/** Which referrals' responses DP3AP2KB did not give (by index in the page), or all of them. */
function unansweredParts(error: CombinedError | undefined): Set<number> | 'all' {
  const parts = new Set<number>();
  for (const e of error?.graphQLErrors ?? []) {
    if (e.extensions?.['agency'] !== 'CHILD_PROTECTION') continue;
    const index = e.path?.[2];
    if (typeof index !== 'number') return 'all';
    parts.add(index);
  }
  return parts;
}

/** Accept a referral: a protection case is opened, with its risk level and, if chosen, its caseworker. */
function AcceptForm({ referralId, onDone }: { referralId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [, mutate] = useMutation(AcceptReferral);
  const [riskLevel, setRiskLevel] = useState<RiskLevel>('MEDIUM');
  const [caseworkerId, setCaseworkerId] = useState('');
  const [open, setOpen] = useState(false);
  return (
    <div onFocusCapture={() => setOpen(true)} onClickCapture={() => setOpen(true)}>
      <ActionForm
        testId="accept-referral"
        title={t('protection.inbox.accept')}
        submitLabel={t('protection.inbox.acceptButton')}
        onDone={onDone}
        run={async (idempotencyKey) => {
          const r = await mutate({ input: { referralId, riskLevel, caseworkerId: caseworkerId || null, idempotencyKey } });
          return { outcome: r.data?.acceptReferral, error: r.error };
        }}
      >
        <label>
          {t('protection.case.risk')}
          <select value={riskLevel} onChange={(e) => setRiskLevel(e.target.value as RiskLevel)}>
            {RISK_ORDER.map((r) => (
              <option key={r} value={r}>
                {t(`protection.risk.${r}`)}
              </option>
            ))}
          </select>
        </label>
        <CaseworkerPicker value={caseworkerId} onChange={setCaseworkerId} active={open} optional />
      </ActionForm>
    </div>
  );
}

/** Decline a referral with the reason; Bapas then closes it, which ends the sharing of the child's identity. */
function DeclineForm({ referralId, onDone }: { referralId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [, mutate] = useMutation(DeclineReferral);
  const [reason, setReason] = useState('');
  const [retry, setRetry] = useState(false);
  const unavailable = (error: CombinedError | undefined) =>
    !!error?.graphQLErrors.some((e) => e.extensions?.['code'] === 'SERVICE_UNAVAILABLE');
  return (
    <>
      <ActionForm
        testId="decline-referral"
        title={t('protection.inbox.decline')}
        submitLabel={t('protection.inbox.declineButton')}
        onDone={onDone}
        run={async () => {
          const r = await mutate({ input: { referralId, reason } });
          setRetry(unavailable(r.error));
          return { outcome: r.data?.declineReferral, error: r.error };
        }}
      >
        <label>
          {t('protection.inbox.declineReason')}
          <textarea value={reason} onChange={(e) => setReason(e.target.value)} rows={3} />
        </label>
        <p className="meta">{t('protection.inbox.declineNote')}</p>
      </ActionForm>
      {retry ? (
        <p role="alert" className="alert alert-warn">
          {t('protection.inbox.declineRetry')}
        </p>
      ) : null}
    </>
  );
}

/**
 * "Rujukan masuk": Bapas's open referrals to the case manager's districts, newest first, with the
 * child in the view the rules allow (full while the referral is open under an agreement in force,
 * else initials), the services asked, the reason and how long it has waited; accept or decline.
 */
export default function ReferralInbox({ level = 1 }: { level?: 1 | 2 }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [first, setFirst] = useState(PAGE);
  const [{ data, fetching, error }, refetch] = useQuery({ query: InboxQuery, variables: { first } });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const Heading = level === 1 ? 'h1' : 'h2';
  const Group = level === 1 ? 'h2' : 'h3';
  const Item = level === 1 ? 'h3' : 'h4';
  const referrals = data?.incomingReferrals.nodes ?? [];
  // A response null because DP3AP2KB's part did not answer is "not known now", never "awaiting".
  const unknown = unansweredParts(error);
  const now = new Date();
  const item = ({ r, index }: { r: (typeof referrals)[number]; index: number }) => {
    const c = r.client;
    const responsesUnknown = unknown === 'all' || unknown.has(index);
    const age = referralAgeDays(r.sentAt, now);
    return (
      <li key={r.id} className="card block" data-testid="incoming-referral">
        <Item>
          {c.displayName} <span className="meta">· {c.registerNumber}</span>
        </Item>
        <p>
          <Badge tone={c.identityAccess === 'FULL' ? 'ok' : 'info'}>{t(`access.${c.identityAccess}`)}</Badge> {t(`sex.${c.sex}`)}{' '}
          · {c.birthDate ? formatDate(c.birthDate, lang) : t(`ageBand.${c.ageBand}`)} · {t(`category.${c.category}`)} ·{' '}
          {c.district.name}
        </p>
        {c.identityAccessReason ? <p className="meta">{c.identityAccessReason}</p> : null}
        <dl className="facts">
          <dt>{t('protection.inbox.services')}</dt>
          <dd>{r.services.map((s) => t(`serviceNeed.${s}`)).join(', ')}</dd>
          <dt>{t('protection.inbox.reason')}</dt>
          <dd>{r.reason}</dd>
          <dt>{t('protection.inbox.sent')}</dt>
          <dd>
            {formatDateTime(r.sentAt, lang)} · {r.sentBy.name}{' '}
            {r.response ? null : (
              <Badge tone={age >= 3 ? 'warn' : 'info'}>
                {age === 0 ? t('protection.inbox.sentToday') : t('protection.inbox.waiting', { count: age })}
              </Badge>
            )}
          </dd>
          <dt>{t('protection.inbox.response')}</dt>
          <dd>
            {r.response ? (
              <>
                <Badge tone={r.response.decision === 'ACCEPTED' ? 'ok' : 'warn'}>{t(`decision.${r.response.decision}`)}</Badge>{' '}
                {formatDateTime(r.response.decidedAt, lang)}
                {r.response.protectionCase ? (
                  <>
                    {' · '}
                    <Link to={`/perlindungan/${encodeURIComponent(r.response.protectionCase.id)}`}>
                      {r.response.protectionCase.caseNumber}
                    </Link>
                  </>
                ) : null}
              </>
            ) : responsesUnknown ? (
              <Unavailable />
            ) : (
              <span className="meta">{t('referral.awaiting')}</span>
            )}
          </dd>
        </dl>
        {!r.response && !responsesUnknown ? (
          <div className="actions">
            <AcceptForm referralId={r.id} onDone={reload} />
            <DeclineForm referralId={r.id} onDone={reload} />
          </div>
        ) : null}
      </li>
    );
  };
  const indexed = referrals.map((r, index) => ({ r, index }));
  const awaiting = indexed.filter(({ r }) => !r.response);
  const answered = indexed.filter(({ r }) => !!r.response);
  return (
    <section aria-labelledby="inbox-title">
      <Heading id="inbox-title">{t('protection.inbox.title')}</Heading>
      <p className="meta">{t('protection.inbox.intro')}</p>
      {fetching && !data ? <Loading /> : null}
      {!data ? <QueryError error={error} /> : <PartialWarning error={error} />}
      {data && referrals.length === 0 ? <Empty>{t('protection.inbox.empty')}</Empty> : null}
      {referrals.length > 0 ? (
        <p className="meta">{t('protection.inbox.count', { count: data!.incomingReferrals.totalCount })}</p>
      ) : null}
      {awaiting.length > 0 ? (
        <>
          <Group>{t('protection.inbox.awaiting', { count: awaiting.length })}</Group>
          <ul className="plain referrals" data-testid="awaiting">
            {awaiting.map(item)}
          </ul>
        </>
      ) : null}
      {answered.length > 0 ? (
        <>
          <Group>{t('protection.inbox.answered', { count: answered.length })}</Group>
          <ul className="plain referrals" data-testid="answered">
            {answered.map(item)}
          </ul>
        </>
      ) : null}
      {data?.incomingReferrals.pageInfo.hasNextPage && first < 100 ? (
        <p>
          <button type="button" onClick={() => setFirst((n) => Math.min(100, n + PAGE))}>
            {t('protection.more')}
          </button>
        </p>
      ) : null}
    </section>
  );
}
