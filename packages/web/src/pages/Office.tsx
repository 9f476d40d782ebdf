import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql';
import type { Sex } from '../gql/graphql';
import { formatDate, formatDateTime, todayInJakarta } from '../format';
import { Link } from '../router';
import { Badge, Empty, Loading, PartialWarning, QueryError, UserErrors, type UserErrorLike } from '../components/ui';

const OfficeQuery = graphql(`
  query Office {
    officeWorkload {
      officers {
        officer {
          id
          name
          nip
        }
        activeCaseload
        openSocialInquiryReports
        overdueSocialInquiryReports
      }
      overdueSocialInquiryReports {
        id
        purpose
        requester
        dueAt
      }
      ordersByStatus {
        status
        count
      }
      diversionDeadlines {
        id
        caseNumber
        diversion {
          status
          startBy
          deadline
        }
        client {
          id
          registerNumber
          displayName
        }
      }
    }
    unassigned: clients(first: 50, filter: { status: REGISTERED }) {
      nodes {
        id
        registerNumber
        displayName
        officer {
          id
          name
        }
      }
    }
  }
`);

const AssignOfficer = graphql(`
  mutation AssignOfficer($input: AssignOfficerInput!) {
    assignOfficer(input: $input) {
      client {
        id
        officer {
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

const RegisterClient = graphql(`
  mutation RegisterClient($input: RegisterClientInput!) {
    registerClient(input: $input) {
      client {
        id
        registerNumber
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

function AssignForm({
  clients,
  officers,
  onDone,
}: {
  clients: { id: string; label: string }[];
  officers: { id: string; name: string }[];
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [, mutate] = useMutation(AssignOfficer);
  const [clientId, setClientId] = useState('');
  const [officerId, setOfficerId] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<readonly UserErrorLike[]>([]);
  const [saved, setSaved] = useState(false);
  return (
    <form
      className="card"
      onSubmit={(e) => {
        e.preventDefault();
        setSaved(false);
        void mutate({ input: { clientId, officerId, reason: reason || null } }).then((r) => {
          const errs = r.data?.assignOfficer.userErrors ?? (r.error ? [{ code: 'ERROR', message: t('error.generic') }] : []);
          setErrors(errs);
          if (errs.length === 0) {
            setSaved(true);
            onDone();
          }
        });
      }}
    >
      <h2>{t('office.assign')}</h2>
      <label>
        {t('office.client')}
        <select value={clientId} onChange={(e) => setClientId(e.target.value)} required>
          <option value="">{t('office.chooseClient')}</option>
          {clients.map((c) => (
            <option key={c.id} value={c.id}>
              {c.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('office.officer')}
        <select value={officerId} onChange={(e) => setOfficerId(e.target.value)} required>
          <option value="">{t('office.chooseOfficer')}</option>
          {officers.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('office.reason')}
        <input value={reason} onChange={(e) => setReason(e.target.value)} />
      </label>
      <UserErrors errors={errors} />
      {saved ? (
        <p role="status" className="alert alert-ok">
          {t('form.saved')}
        </p>
      ) : null}
      <button type="submit" className="primary">
        {t('office.assignButton')}
      </button>
    </form>
  );
}

function RegisterForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const [, mutate] = useMutation(RegisterClient);
  const [f, setF] = useState({
    registerNumber: '',
    fullName: '',
    nik: '',
    birthDate: '',
    sex: 'MALE' as Sex,
    districtCode: '1507',
    address: '',
    guardianName: '',
    offenseDate: todayInJakarta(),
  });
  const [errors, setErrors] = useState<readonly UserErrorLike[]>([]);
  const [saved, setSaved] = useState<string | null>(null);
  const set = (k: keyof typeof f) => (e: { target: { value: string } }) => setF({ ...f, [k]: e.target.value });
  return (
    <form
      className="card"
      onSubmit={(e) => {
        e.preventDefault();
        setSaved(null);
        void mutate({ input: { ...f, guardianName: f.guardianName || null } }).then((r) => {
          const errs = r.data?.registerClient.userErrors ?? (r.error ? [{ code: 'ERROR', message: t('error.generic') }] : []);
          setErrors(errs);
          if (errs.length === 0 && r.data?.registerClient.client) {
            setSaved(r.data.registerClient.client.registerNumber);
            onDone();
          }
        });
      }}
    >
      <h2>{t('office.register')}</h2>
      <label>
        {t('client.registerNumber')}
        <input value={f.registerNumber} onChange={set('registerNumber')} required />
      </label>
      <label>
        {t('client.fullName')}
        <input value={f.fullName} onChange={set('fullName')} required />
      </label>
      <label>
        NIK
        <input value={f.nik} onChange={set('nik')} inputMode="numeric" required />
      </label>
      <label>
        {t('client.birthDate')}
        <input type="date" value={f.birthDate} onChange={set('birthDate')} required />
      </label>
      <label>
        {t('client.sex')}
        <select value={f.sex} onChange={set('sex')}>
          <option value="MALE">{t('sex.MALE')}</option>
          <option value="FEMALE">{t('sex.FEMALE')}</option>
        </select>
      </label>
      <label>
        {t('client.districtCode')}
        <input value={f.districtCode} onChange={set('districtCode')} required />
      </label>
      <label>
        {t('client.address')}
        <input value={f.address} onChange={set('address')} required />
      </label>
      <label>
        {t('client.guardian')}
        <input value={f.guardianName} onChange={set('guardianName')} />
      </label>
      <label>
        {t('case.offenseDate')}
        <input type="date" value={f.offenseDate} onChange={set('offenseDate')} required />
      </label>
      <UserErrors errors={errors} />
      {saved ? (
        <p role="status" className="alert alert-ok">
          {t('office.registered', { number: saved })}
        </p>
      ) : null}
      <button type="submit" className="primary">
        {t('office.registerButton')}
      </button>
    </form>
  );
}

/** The head of Bapas: workload per PK, overdue Litmas, diversion deadlines, orders by status, assignment, registration. */
export default function Office() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [{ data, fetching, error }, refetch] = useQuery({ query: OfficeQuery });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  if (fetching && !data) return <Loading />;
  if (!data) return <QueryError error={error} />;
  const w = data.officeWorkload;
  return (
    <section>
      <h1>{t('office.title')}</h1>
      <PartialWarning error={error} />
      <div className="grid">
        <article className="card">
          <h2>{t('office.workload')}</h2>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('office.officer')}</th>
                <th scope="col">{t('office.caseload')}</th>
                <th scope="col">{t('office.openLitmas')}</th>
                <th scope="col">{t('office.overdueLitmas')}</th>
              </tr>
            </thead>
            <tbody>
              {w.officers.map((o) => (
                <tr key={o.officer.id}>
                  <td data-label={t('office.officer')}>
                    {o.officer.name}
                    <div className="meta">NIP {o.officer.nip}</div>
                  </td>
                  <td data-label={t('office.caseload')}>{o.activeCaseload}</td>
                  <td data-label={t('office.openLitmas')}>{o.openSocialInquiryReports}</td>
                  <td data-label={t('office.overdueLitmas')}>
                    {o.overdueSocialInquiryReports > 0 ? <Badge tone="bad">{o.overdueSocialInquiryReports}</Badge> : 0}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </article>
        <article className="card">
          <h2>{t('office.overdueTitle')}</h2>
          {w.overdueSocialInquiryReports.length === 0 ? <Empty>{t('office.noneOverdue')}</Empty> : null}
          <ul className="plain">
            {w.overdueSocialInquiryReports.map((r) => (
              <li key={r.id}>
                {t(`litmasPurpose.${r.purpose}`)} · {r.requester} · {t('litmas.due')} {formatDateTime(r.dueAt, lang)}
              </li>
            ))}
          </ul>
          <h2>{t('office.diversionTitle')}</h2>
          {w.diversionDeadlines.length === 0 ? <Empty>{t('office.noDiversion')}</Empty> : null}
          <ul className="plain">
            {w.diversionDeadlines.map((k) => (
              <li key={k.id}>
                <Link to={`/klien/${encodeURIComponent(k.client.id)}`}>{k.client.displayName}</Link> · {k.caseNumber} ·{' '}
                {t(`diversion.${k.diversion.status}`)} ·{' '}
                {formatDate(k.diversion.status === 'NOT_STARTED' ? k.diversion.startBy : k.diversion.deadline, lang)}
              </li>
            ))}
          </ul>
          <h2>{t('office.ordersByStatus')}</h2>
          <ul className="plain">
            {w.ordersByStatus.map((s) => (
              <li key={s.status}>
                {t(`orderStatus.${s.status}`)}: <strong>{s.count}</strong>
              </li>
            ))}
          </ul>
        </article>
        <AssignForm
          clients={data.unassigned.nodes.map((c) => ({
            id: c.id,
            label: `${c.registerNumber} · ${c.displayName}${c.officer ? ` (${c.officer.name})` : ` (${t('client.noOfficer')})`}`,
          }))}
          officers={w.officers.map((o) => ({ id: o.officer.id, name: o.officer.name }))}
          onDone={reload}
        />
        <RegisterForm onDone={reload} />
      </div>
    </section>
  );
}
