import { useState } from 'react';
import { useMutation } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { CareNeed, ClosureReason, ProtectionCaseStatus, RiskLevel, ServiceKind } from '../../gql/graphql';
import { todayInJakarta } from '../../format';
import { ActionForm } from '../ClientActions';
import { CaseworkerPicker } from './CaseworkerPicker';
import { nextStages, RISK_ORDER, wibInputToInstant, wibInputValue } from './protection';

const AssignCaseworker = graphql(`
  mutation AssignCaseworker($input: AssignCaseworkerInput!) {
    assignCaseworker(input: $input) {
      protectionCase {
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
const RecordAssessment = graphql(`
  mutation RecordAssessment($input: RecordAssessmentInput!) {
    recordAssessment(input: $input) {
      protectionCase {
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
const SetInterventionPlan = graphql(`
  mutation SetInterventionPlan($input: SetInterventionPlanInput!) {
    setInterventionPlan(input: $input) {
      protectionCase {
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
const RecordPsychosocialService = graphql(`
  mutation RecordPsychosocialService($input: RecordPsychosocialServiceInput!) {
    recordPsychosocialService(input: $input) {
      replayed
      service {
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
const ChangeStage = graphql(`
  mutation ChangeProtectionCaseStatus($input: ChangeProtectionCaseStatusInput!) {
    changeProtectionCaseStatus(input: $input) {
      protectionCase {
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
const CloseCase = graphql(`
  mutation CloseProtectionCase($input: CloseProtectionCaseInput!) {
    closeProtectionCase(input: $input) {
      protectionCase {
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
const ReopenCase = graphql(`
  mutation ReopenProtectionCase($input: ReopenProtectionCaseInput!) {
    reopenProtectionCase(input: $input) {
      protectionCase {
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

const CARE_NEEDS: CareNeed[] = [
  'SAFETY',
  'SHELTER',
  'HEALTH',
  'MENTAL_HEALTH',
  'EDUCATION',
  'FAMILY_SUPPORT',
  'LEGAL_AID',
  'ECONOMIC_SUPPORT',
];
const SERVICE_KINDS: ServiceKind[] = [
  'COUNSELLING',
  'CLINICAL_PSYCHOLOGIST',
  'MEDIATION',
  'PSYCHOLOGICAL_ASSESSMENT',
  'FAMILY_COUNSELLING',
  'GROUP_SUPPORT',
  'SHELTER_STAY',
  'ACCOMPANIMENT_POLICE_COURT',
  'LEGAL_AID',
  'HEALTH_REFERRAL',
];
const CLOSURE_REASONS: ClosureReason[] = ['GOALS_MET', 'TRANSFERRED', 'MOVED_AWAY', 'OTHER'];

const toggle = <T,>(list: T[], item: T): T[] => (list.includes(item) ? list.filter((x) => x !== item) : [...list, item]);

/** Assign (or change) the caseworker or psychologist of the case (case manager). */
export function AssignForm({ protectionCaseId, onDone }: { protectionCaseId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [, mutate] = useMutation(AssignCaseworker);
  const [caseworkerId, setCaseworkerId] = useState('');
  const [open, setOpen] = useState(false);
  return (
    <div onFocusCapture={() => setOpen(true)} onClickCapture={() => setOpen(true)}>
      <ActionForm
        testId="assign-caseworker"
        title={t('protection.case.assign')}
        submitLabel={t('protection.case.assignButton')}
        onDone={onDone}
        run={async () => {
          const r = await mutate({ input: { protectionCaseId, caseworkerId } });
          return { outcome: r.data?.assignCaseworker, error: r.error };
        }}
      >
        <CaseworkerPicker value={caseworkerId} onChange={setCaseworkerId} active={open} />
      </ActionForm>
    </div>
  );
}

/** Record a psychosocial assessment: the day, the risk found, the child's needs. */
export function AssessmentForm({
  protectionCaseId,
  riskLevel: current,
  onDone,
}: {
  protectionCaseId: string;
  riskLevel: RiskLevel;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [, mutate] = useMutation(RecordAssessment);
  const [assessedOn, setAssessedOn] = useState(todayInJakarta());
  const [riskLevel, setRiskLevel] = useState<RiskLevel>(current);
  const [needs, setNeeds] = useState<CareNeed[]>([]);
  return (
    <ActionForm
      testId="record-assessment"
      title={t('protection.assessment.record')}
      submitLabel={t('form.save')}
      onDone={onDone}
      run={async () => {
        const r = await mutate({ input: { protectionCaseId, assessedOn, riskLevel, needs } });
        return { outcome: r.data?.recordAssessment, error: r.error };
      }}
    >
      <label>
        {t('protection.assessment.date')}
        <input type="date" value={assessedOn} onChange={(e) => setAssessedOn(e.target.value)} />
      </label>
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
      <fieldset>
        <legend>{t('protection.assessment.needs')}</legend>
        {CARE_NEEDS.map((n) => (
          <label key={n} className="check">
            <input type="checkbox" checked={needs.includes(n)} onChange={() => setNeeds((l) => toggle(l, n))} />{' '}
            {t(`protection.need.${n}`)}
          </label>
        ))}
      </fieldset>
    </ActionForm>
  );
}

/** Set the intervention plan (case manager): goals and the services planned. */
export function InterventionPlanForm({
  protectionCaseId,
  current,
  onDone,
}: {
  protectionCaseId: string;
  current: { goals: string; plannedServices: ServiceKind[] } | null | undefined;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [, mutate] = useMutation(SetInterventionPlan);
  const [goals, setGoals] = useState(current?.goals ?? '');
  const [services, setServices] = useState<ServiceKind[]>(current?.plannedServices ?? []);
  return (
    <ActionForm
      testId="intervention-plan"
      title={current ? t('protection.plan.revise') : t('protection.plan.set')}
      submitLabel={t('form.save')}
      onDone={onDone}
      run={async () => {
        const r = await mutate({ input: { protectionCaseId, goals, plannedServices: services } });
        return { outcome: r.data?.setInterventionPlan, error: r.error };
      }}
    >
      <label>
        {t('protection.plan.goals')}
        <textarea value={goals} onChange={(e) => setGoals(e.target.value)} rows={3} />
      </label>
      <fieldset>
        <legend>{t('protection.plan.services')}</legend>
        {SERVICE_KINDS.map((s) => (
          <label key={s} className="check">
            <input type="checkbox" checked={services.includes(s)} onChange={() => setServices((l) => toggle(l, s))} />{' '}
            {t(`protection.serviceKind.${s}`)}
          </label>
        ))}
      </fieldset>
    </ActionForm>
  );
}

/**
 * Record a psychosocial service. The clinical-notes box is rendered only for the psychologist
 * assigned to the case (`clinicalNotes`), and a clinical psychologist session is offered only to a
 * psychologist: for anyone else neither exists on the page.
 */
export function ServiceForm({
  protectionCaseId,
  psychologist,
  clinicalNotes: withNotes,
  onDone,
}: {
  protectionCaseId: string;
  psychologist: boolean;
  clinicalNotes: boolean;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [, mutate] = useMutation(RecordPsychosocialService);
  const [kind, setKind] = useState<ServiceKind>('COUNSELLING');
  const [deliveredAt, setDeliveredAt] = useState(() => wibInputValue());
  const [attended, setAttended] = useState(true);
  const [notes, setNotes] = useState('');
  const kinds = SERVICE_KINDS.filter((k) => psychologist || k !== 'CLINICAL_PSYCHOLOGIST');
  return (
    <ActionForm
      testId="record-service"
      title={t('protection.service.record')}
      submitLabel={t('form.save')}
      onDone={() => {
        setNotes('');
        onDone();
      }}
      run={async (idempotencyKey) => {
        const instant = wibInputToInstant(deliveredAt);
        const r = await mutate({
          input: {
            protectionCaseId,
            kind,
            // An incomplete date goes to the hub as it is, so its refusal names the field.
            deliveredAt: instant ?? deliveredAt,
            attended,
            ...(withNotes && notes.trim() ? { clinicalNotes: notes } : {}),
            idempotencyKey,
          },
        });
        return { outcome: r.data?.recordPsychosocialService, error: r.error };
      }}
    >
      <label>
        {t('protection.service.kind')}
        <select value={kind} onChange={(e) => setKind(e.target.value as ServiceKind)}>
          {kinds.map((k) => (
            <option key={k} value={k}>
              {t(`protection.serviceKind.${k}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('protection.service.deliveredAt')}
        <input type="datetime-local" value={deliveredAt} onChange={(e) => setDeliveredAt(e.target.value)} />
      </label>
      <label className="check">
        <input type="checkbox" checked={attended} onChange={(e) => setAttended(e.target.checked)} />{' '}
        {t('protection.service.childAttended')}
      </label>
      {withNotes ? (
        <label>
          {t('protection.service.clinicalNotes')}
          <textarea value={notes} onChange={(e) => setNotes(e.target.value)} rows={4} />
          <span className="meta">{t('protection.service.clinicalNotesHint')}</span>
        </label>
      ) : null}
    </ActionForm>
  );
}

/** Move the case to its next stage (intervention, monitoring) as the rules allow. */
export function StageForm({
  protectionCaseId,
  status,
  onDone,
}: {
  protectionCaseId: string;
  status: ProtectionCaseStatus;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [, mutate] = useMutation(ChangeStage);
  const stages = nextStages(status);
  const [next, setNext] = useState<ProtectionCaseStatus | ''>(stages[0] ?? '');
  if (stages.length === 0) return null;
  return (
    <ActionForm
      testId="change-stage"
      title={t('protection.stage.change')}
      submitLabel={t('protection.stage.changeButton')}
      onDone={onDone}
      run={async () => {
        const r = await mutate({ input: { protectionCaseId, status: (next || stages[0]) as ProtectionCaseStatus } });
        return { outcome: r.data?.changeProtectionCaseStatus, error: r.error };
      }}
    >
      <label>
        {t('protection.stage.next')}
        <select value={next} onChange={(e) => setNext(e.target.value as ProtectionCaseStatus)}>
          {stages.map((s) => (
            <option key={s} value={s}>
              {t(`protectionStatus.${s}`)}
            </option>
          ))}
        </select>
      </label>
    </ActionForm>
  );
}

/** Close the case with its reason and a summary; it is then read-only until the case manager reopens it. */
export function CloseForm({ protectionCaseId, onDone }: { protectionCaseId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [, mutate] = useMutation(CloseCase);
  const [reason, setReason] = useState<ClosureReason>('GOALS_MET');
  const [summary, setSummary] = useState('');
  return (
    <ActionForm
      testId="close-case"
      title={t('protection.stage.close')}
      submitLabel={t('protection.stage.closeButton')}
      onDone={onDone}
      run={async () => {
        const r = await mutate({ input: { protectionCaseId, reason, summary } });
        return { outcome: r.data?.closeProtectionCase, error: r.error };
      }}
    >
      <label>
        {t('protection.stage.closureReason')}
        <select value={reason} onChange={(e) => setReason(e.target.value as ClosureReason)}>
          {CLOSURE_REASONS.map((r) => (
            <option key={r} value={r}>
              {t(`protection.closure.${r}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('protection.stage.summary')}
        <textarea value={summary} onChange={(e) => setSummary(e.target.value)} rows={3} />
      </label>
    </ActionForm>
  );
}

/** Reopen a closed case into assessment, with the reason (case manager); the closure stays in the history. */
export function ReopenForm({ protectionCaseId, onDone }: { protectionCaseId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [, mutate] = useMutation(ReopenCase);
  const [reason, setReason] = useState('');
  return (
    <ActionForm
      testId="reopen-case"
      title={t('protection.stage.reopen')}
      submitLabel={t('protection.stage.reopenButton')}
      onDone={onDone}
      run={async () => {
        const r = await mutate({ input: { protectionCaseId, reason } });
        return { outcome: r.data?.reopenProtectionCase, error: r.error };
      }}
    >
      <label>
        {t('protection.stage.reopenReason')}
        <textarea value={reason} onChange={(e) => setReason(e.target.value)} rows={3} />
      </label>
    </ActionForm>
  );
}
