import { useState, type FormEvent, type ReactNode } from 'react';
import { useMutation, useQuery, type CombinedError } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql';
import type { LitmasPurpose, ServiceNeed, SupervisionSessionKind } from '../gql/graphql';
import { isoWeekday, todayInJakarta } from '../format';
import { QueryError, UserErrors, type UserErrorLike } from '../components/ui';

const RequestLitmas = graphql(`
  mutation RequestLitmas($input: RequestSocialInquiryReportInput!) {
    requestSocialInquiryReport(input: $input) {
      report {
        id
        dueAt
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
const SubmitLitmas = graphql(`
  mutation SubmitLitmas($input: SubmitSocialInquiryReportInput!) {
    submitSocialInquiryReport(input: $input) {
      report {
        id
        submittedAt
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
const RecordSession = graphql(`
  mutation RecordSession($input: RecordSupervisionSessionInput!) {
    recordSupervisionSession(input: $input) {
      session {
        id
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
const ReferClient = graphql(`
  mutation ReferClient($input: ReferClientInput!) {
    referClient(input: $input) {
      referral {
        id
        status
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
const WithdrawReferral = graphql(`
  mutation WithdrawReferral($input: WithdrawReferralInput!) {
    withdrawReferral(input: $input) {
      referral {
        id
        status
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
const IssueOrder = graphql(`
  mutation IssueOrder($input: IssueCommunityServiceOrderInput!) {
    issueCommunityServiceOrder(input: $input) {
      communityServiceOrder {
        id
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
const PlaceOrder = graphql(`
  mutation PlaceOrder($input: PlaceOrderInput!) {
    placeOrder(input: $input) {
      placement {
        id
        site {
          name
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
const SitePicker = graphql(`
  query SitePicker($filter: WorkSiteFilter) {
    workSites(first: 50, filter: $filter) {
      nodes {
        id
        name
        kind
        address
        capacity
        activePlacements
        childSuitable
        district {
          name
        }
      }
    }
  }
`);

const LITMAS_PURPOSES: LitmasPurpose[] = ['DIVERSION', 'TRIAL', 'GUIDANCE', 'ASSIMILATION', 'REINTEGRATION'];
const SESSION_KINDS: SupervisionSessionKind[] = ['OFFICE_VISIT', 'HOME_VISIT', 'PHONE'];
const SERVICE_NEEDS: ServiceNeed[] = ['PSYCHOSOCIAL_SUPPORT', 'SHELTER', 'FAMILY_SUPPORT', 'EDUCATION', 'HEALTH', 'LEGAL_AID'];

const newKey = () =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now()}-${Math.random()}`;

interface Outcome {
  userErrors: readonly UserErrorLike[];
}

/**
 * A collapsible action form: runs the mutation, shows each refusal with its field and article, and
 * keeps one idempotency key until it succeeds (a double click or a retry is not a second write).
 */
export function ActionForm({
  title,
  submitLabel,
  children,
  run,
  onDone,
  testId,
}: {
  title: string;
  submitLabel: string;
  children: ReactNode;
  run: (idempotencyKey: string) => Promise<{ outcome: Outcome | null | undefined; error?: CombinedError }>;
  onDone: () => void;
  testId: string;
}) {
  const { t } = useTranslation();
  const [key, setKey] = useState(newKey);
  const [errors, setErrors] = useState<readonly UserErrorLike[]>([]);
  const [failure, setFailure] = useState<CombinedError | undefined>();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const [open, setOpen] = useState(false);
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setDone(false);
    const { outcome, error } = await run(key);
    setBusy(false);
    setFailure(outcome ? undefined : error);
    setErrors(outcome?.userErrors ?? []);
    if (outcome && outcome.userErrors.length === 0) {
      setDone(true);
      setKey(newKey());
      setOpen(false);
      onDone();
    }
  };
  return (
    <details className="action" open={open} onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)} data-testid={testId}>
      <summary>{title}</summary>
      <form onSubmit={(e) => void onSubmit(e)}>
        {children}
        <UserErrors errors={errors} />
        <QueryError error={failure} />
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('form.saving') : submitLabel}
        </button>
      </form>
      {done ? (
        <p role="status" className="alert alert-ok">
          {t('form.saved')}
        </p>
      ) : null}
    </details>
  );
}

/** Request a Litmas for a case (its due date follows from the purpose). */
export function RequestLitmasForm({ caseId, onDone }: { caseId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [, mutate] = useMutation(RequestLitmas);
  const [purpose, setPurpose] = useState<LitmasPurpose>('DIVERSION');
  const [requester, setRequester] = useState('');
  return (
    <ActionForm
      testId="request-litmas"
      title={t('litmas.request')}
      submitLabel={t('litmas.requestSubmit')}
      onDone={onDone}
      run={async (idempotencyKey) => {
        const r = await mutate({ input: { caseId, purpose, requester, idempotencyKey } });
        return { outcome: r.data?.requestSocialInquiryReport, error: r.error };
      }}
    >
      <label>
        {t('litmas.purpose')}
        <select value={purpose} onChange={(e) => setPurpose(e.target.value as LitmasPurpose)}>
          {LITMAS_PURPOSES.map((p) => (
            <option key={p} value={p}>
              {t(`litmasPurpose.${p}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('litmas.requester')}
        <input value={requester} onChange={(e) => setRequester(e.target.value)} placeholder={t('litmas.requesterHint')} />
      </label>
    </ActionForm>
  );
}

/** Submit a Litmas with its recommendation. */
export function SubmitLitmasForm({ reportId, onDone }: { reportId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [, mutate] = useMutation(SubmitLitmas);
  const [recommendation, setRecommendation] = useState('');
  return (
    <ActionForm
      testId="submit-litmas"
      title={t('litmas.submit')}
      submitLabel={t('litmas.submitButton')}
      onDone={onDone}
      run={async () => {
        const r = await mutate({ input: { reportId, recommendation } });
        return { outcome: r.data?.submitSocialInquiryReport, error: r.error };
      }}
    >
      <label>
        {t('litmas.recommendation')}
        <textarea value={recommendation} onChange={(e) => setRecommendation(e.target.value)} rows={3} />
      </label>
    </ActionForm>
  );
}

/** Record a supervision session. */
export function SessionForm({ clientId, onDone }: { clientId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [, mutate] = useMutation(RecordSession);
  const [heldOn, setHeldOn] = useState(todayInJakarta());
  const [kind, setKind] = useState<SupervisionSessionKind>('HOME_VISIT');
  const [place, setPlace] = useState('');
  const [summary, setSummary] = useState('');
  return (
    <ActionForm
      testId="record-session"
      title={t('session.record')}
      submitLabel={t('form.save')}
      onDone={onDone}
      run={async (idempotencyKey) => {
        const r = await mutate({ input: { clientId, heldOn, kind, place, summary, idempotencyKey } });
        return { outcome: r.data?.recordSupervisionSession, error: r.error };
      }}
    >
      <label>
        {t('session.heldOn')}
        <input type="date" value={heldOn} onChange={(e) => setHeldOn(e.target.value)} />
      </label>
      <label>
        {t('session.kind')}
        <select value={kind} onChange={(e) => setKind(e.target.value as SupervisionSessionKind)}>
          {SESSION_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`sessionKind.${k}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('session.place')}
        <input value={place} onChange={(e) => setPlace(e.target.value)} />
      </label>
      <label>
        {t('session.summary')}
        <textarea value={summary} onChange={(e) => setSummary(e.target.value)} rows={3} />
      </label>
    </ActionForm>
  );
}

/** Refer the client to DP3AP2KB (sharing the child's identity with the referred district while it is open). */
export function ReferForm({ clientId, onDone }: { clientId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [, mutate] = useMutation(ReferClient);
  const [services, setServices] = useState<ServiceNeed[]>([]);
  const [reason, setReason] = useState('');
  const toggle = (s: ServiceNeed) => setServices((prev) => (prev.includes(s) ? prev.filter((x) => x !== s) : [...prev, s]));
  return (
    <ActionForm
      testId="refer"
      title={t('referral.refer')}
      submitLabel={t('referral.send')}
      onDone={onDone}
      run={async (idempotencyKey) => {
        const r = await mutate({ input: { clientId, services, reason, idempotencyKey } });
        return { outcome: r.data?.referClient, error: r.error };
      }}
    >
      <fieldset>
        <legend>{t('referral.servicesNeeded')}</legend>
        {SERVICE_NEEDS.map((s) => (
          <label key={s} className="check">
            <input type="checkbox" checked={services.includes(s)} onChange={() => toggle(s)} /> {t(`serviceNeed.${s}`)}
          </label>
        ))}
      </fieldset>
      <label>
        {t('referral.reason')}
        <textarea value={reason} onChange={(e) => setReason(e.target.value)} rows={3} />
      </label>
      <p className="meta">{t('referral.sharingNote')}</p>
    </ActionForm>
  );
}

/** Withdraw an open referral (ends the sharing of the identity). */
export function WithdrawForm({ referralId, onDone }: { referralId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [, mutate] = useMutation(WithdrawReferral);
  const [reason, setReason] = useState('');
  return (
    <ActionForm
      testId="withdraw"
      title={t('referral.withdraw')}
      submitLabel={t('referral.withdrawButton')}
      onDone={onDone}
      run={async () => {
        const r = await mutate({ input: { referralId, reason } });
        return { outcome: r.data?.withdrawReferral, error: r.error };
      }}
    >
      <label>
        {t('referral.withdrawReason')}
        <input value={reason} onChange={(e) => setReason(e.target.value)} />
      </label>
    </ActionForm>
  );
}

/** The first day from today (or the order's start) within the order's period that is not a Sunday (no site works then). */
function firstWorkingDay(start: string, deadline: string): string {
  const today = todayInJakarta();
  let day = today > start && today <= deadline ? today : start;
  if (isoWeekday(day) === 7) day = new Date(Date.parse(`${day}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return day;
}

const optionalInt = (s: string): number | null => (s.trim() === '' ? null : Number(s));

/**
 * Issue a community-service order on a case, under the rule set in force. Consent after explanation is
 * one of the judge's considerations for an adult's kerja sosial (KUHP Art. 85(2)(c)); a child's
 * pelayanan masyarakat (SPPA Art. 76) has none, so the box is not shown for a child.
 */
export function IssueOrderForm({
  cases,
  child,
  onDone,
}: {
  cases: { id: string; caseNumber: string }[];
  child: boolean;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [, mutate] = useMutation(IssueOrder);
  const [caseId, setCaseId] = useState(cases[0]?.id ?? '');
  const [orderedHours, setOrderedHours] = useState('40');
  const [startDate, setStartDate] = useState(todayInJakarta());
  const [deadline, setDeadline] = useState('');
  const [courtDecisionNumber, setCourtDecisionNumber] = useState('');
  const [prison, setPrison] = useState('');
  const [fine, setFine] = useState('');
  const [consent, setConsent] = useState(false);
  if (cases.length === 0) return null;
  return (
    <ActionForm
      testId="issue-order"
      title={t('order.issue')}
      submitLabel={t('order.issueButton')}
      onDone={onDone}
      run={async (idempotencyKey) => {
        const r = await mutate({
          input: {
            caseId,
            orderedHours: Number(orderedHours),
            startDate,
            deadline,
            courtDecisionNumber,
            imposedPrisonMonths: optionalInt(prison),
            imposedFineRupiah: optionalInt(fine),
            ...(child ? {} : { considerations: { consentAfterExplanation: consent } }),
            idempotencyKey,
          },
        });
        return { outcome: r.data?.issueCommunityServiceOrder, error: r.error };
      }}
    >
      <label>
        {t('order.case')}
        <select value={caseId} onChange={(e) => setCaseId(e.target.value)}>
          {cases.map((k) => (
            <option key={k.id} value={k.id}>
              {k.caseNumber}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('order.hours')}
        <input type="number" inputMode="numeric" value={orderedHours} onChange={(e) => setOrderedHours(e.target.value)} />
      </label>
      <label>
        {t('order.startDate')}
        <input type="date" value={startDate} onChange={(e) => setStartDate(e.target.value)} />
      </label>
      <label>
        {t('order.deadline')}
        <input type="date" value={deadline} onChange={(e) => setDeadline(e.target.value)} />
      </label>
      <label>
        {t('order.decisionNumber')}
        <input value={courtDecisionNumber} onChange={(e) => setCourtDecisionNumber(e.target.value)} />
      </label>
      <label>
        {t('order.prisonMonths')}
        <input type="number" inputMode="numeric" value={prison} onChange={(e) => setPrison(e.target.value)} />
      </label>
      <label>
        {t('order.fineRupiah')}
        <input type="number" inputMode="numeric" value={fine} onChange={(e) => setFine(e.target.value)} />
      </label>
      {child ? null : (
        <label className="check">
          <input type="checkbox" checked={consent} onChange={(e) => setConsent(e.target.checked)} /> {t('order.consent')}
        </label>
      )}
    </ActionForm>
  );
}

/**
 * Place an order at a work site. The picker shows only sites in the client's district that are active,
 * have a free place, are open on the start date's weekday, and (for a child) are suitable for children.
 */
export function PlaceOrderForm(props: {
  orderId: string;
  districtCode: string;
  isChild: boolean;
  startDate: string;
  deadline: string;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [, mutate] = useMutation(PlaceOrder);
  const [startDate, setStartDate] = useState(() => firstWorkingDay(props.startDate, props.deadline));
  const [siteId, setSiteId] = useState('');
  const [supervisorName, setSupervisorName] = useState('');
  const [open, setOpen] = useState(false);
  const filter = {
    districtCode: props.districtCode,
    active: true,
    hasFreeCapacity: true,
    availableOn: startDate ? isoWeekday(startDate) : null,
    ...(props.isChild ? { childSuitable: true } : {}),
  };
  const [{ data, error, fetching }] = useQuery({ query: SitePicker, variables: { filter }, pause: !open || !startDate });
  const sites = data?.workSites.nodes ?? [];
  return (
    <div onFocusCapture={() => setOpen(true)} onClickCapture={() => setOpen(true)}>
      <ActionForm
        testId="place-order"
        title={t('placement.place')}
        submitLabel={t('placement.placeButton')}
        onDone={props.onDone}
        run={async (idempotencyKey) => {
          const r = await mutate({
            input: { orderId: props.orderId, siteId, startDate, supervisorName: supervisorName || null, idempotencyKey },
          });
          return { outcome: r.data?.placeOrder, error: r.error };
        }}
      >
        <label>
          {t('placement.startDate')}
          <input type="date" value={startDate} onChange={(e) => setStartDate(e.target.value)} />
        </label>
        <p className="meta">
          {t('placement.filterNote', { weekday: startDate ? t(`weekday.${isoWeekday(startDate)}`) : '–' })}
          {props.isChild ? ` ${t('placement.childNote')}` : ''}
        </p>
        <QueryError error={error} />
        <label>
          {t('placement.site')}
          <select value={siteId} onChange={(e) => setSiteId(e.target.value)} required>
            <option value="">{fetching ? t('common.loading') : t('placement.chooseSite', { count: sites.length })}</option>
            {sites.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name} · {t(`siteKind.${s.kind}`)} · {t('placement.free', { count: s.capacity - s.activePlacements })}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('placement.supervisor')}
          <input value={supervisorName} onChange={(e) => setSupervisorName(e.target.value)} />
        </label>
      </ActionForm>
    </div>
  );
}
