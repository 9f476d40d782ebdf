import { useId, useRef, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { WorkSiteKind } from '../../gql/graphql';
import { useAuth } from '../../auth';
import { formatNumber } from '../../format';
import { Badge, Empty, Loading, PartialWarning, QueryError, UserErrors, type UserErrorLike } from '../../components/ui';
import { DistrictOptions } from '../analyst/DistrictOptions';
import './provider.css';
import {
  describeWindows,
  emptySite,
  errorsFor,
  formToInput,
  keyFor,
  newIdempotencyKey,
  providerIdOf,
  siteToForm,
  type SiteFormState,
} from './site-form';

const ProviderSitesQuery = graphql(`
  query ProviderSites {
    workSites(first: 100) {
      totalCount
      nodes {
        id
        name
        kind
        address
        activities
        capacity
        activePlacements
        childSuitable
        requiresProtectiveEquipment
        nonCommercialConfirmed
        active
        availability {
          weekday
          startTime
          endTime
        }
        district {
          code
          name
        }
        provider {
          id
          name
          district {
            code
            name
          }
        }
      }
    }
  }
`);

const ProviderRegisterWorkSite = graphql(`
  mutation ProviderRegisterWorkSite($input: RegisterWorkSiteInput!) {
    registerWorkSite(input: $input) {
      workSite {
        id
        name
        active
      }
      userErrors {
        field
        code
        message
        article
      }
      replayed
    }
  }
`);

const ProviderUpdateWorkSite = graphql(`
  mutation ProviderUpdateWorkSite($input: UpdateWorkSiteInput!) {
    updateWorkSite(input: $input) {
      workSite {
        id
        name
        kind
        address
        activities
        capacity
        activePlacements
        childSuitable
        requiresProtectiveEquipment
        nonCommercialConfirmed
        active
        availability {
          weekday
          startTime
          endTime
        }
        district {
          code
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

const ProviderDeactivateWorkSite = graphql(`
  mutation ProviderDeactivateWorkSite($siteId: ID!) {
    deactivateWorkSite(siteId: $siteId) {
      workSite {
        id
        active
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

const KINDS: WorkSiteKind[] = [
  'MOSQUE',
  'CHURCH',
  'SCHOOL',
  'PESANTREN',
  'HEALTH_CENTRE',
  'ORPHANAGE',
  'ELDERLY_HOME',
  'SOCIAL_INSTITUTION',
  'PARK',
  'WASTE_BANK',
  'VILLAGE_OFFICE',
  'LIBRARY',
  'GRIYA_ABHIPRAYA',
];

/** A refusal's text under the field it names, tied to the field for screen readers. */
function FieldErrors({ id, errors }: { id: string; errors: readonly UserErrorLike[] }) {
  const { t, i18n } = useTranslation();
  if (errors.length === 0) return null;
  return (
    <span id={id} className="field-error">
      {errors
        .map((e) => (i18n.language.startsWith('id') && i18n.exists(`userError.${e.code}`) ? t(`userError.${e.code}`) : e.message))
        .join(' ')}
    </span>
  );
}

/** The site form, for registering and for changing a site; the hub's refusals shown per field and in a summary. */
function SiteForm({
  initial,
  title,
  submitLabel,
  onSubmit,
  onCancel,
  testId,
}: {
  initial: SiteFormState;
  title: string;
  submitLabel: string;
  onSubmit: (state: SiteFormState) => Promise<readonly UserErrorLike[]>;
  onCancel?: () => void;
  testId: string;
}) {
  const { t } = useTranslation();
  const base = useId();
  const [f, setF] = useState<SiteFormState>(initial);
  const [errors, setErrors] = useState<readonly UserErrorLike[]>([]);
  const [busy, setBusy] = useState(false);
  const text =
    (k: 'name' | 'address' | 'activities' | 'capacity' | 'kind' | 'districtCode') => (e: { target: { value: string } }) =>
      setF({ ...f, [k]: e.target.value });
  const flag =
    (k: 'requiresProtectiveEquipment' | 'childSuitable' | 'nonCommercialConfirmed') => (e: { target: { checked: boolean } }) =>
      setF({ ...f, [k]: e.target.checked });
  const fieldProps = (field: string, hint?: string) => {
    const own = errorsFor(errors, field);
    const described = [hint, own.length > 0 ? `${base}-${field}-error` : undefined].filter(Boolean).join(' ');
    return {
      ...(own.length > 0 ? { 'aria-invalid': true } : {}),
      ...(described ? { 'aria-describedby': described } : {}),
    };
  };
  const setSlot = (i: number, k: 'weekday' | 'startTime' | 'endTime', value: string) =>
    setF({ ...f, availability: f.availability.map((s, j) => (j === i ? { ...s, [k]: value } : s)) });
  return (
    <form
      className="card site-form"
      data-testid={testId}
      aria-labelledby={`${base}-title`}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        setBusy(true);
        void onSubmit(f)
          .then((errs) => setErrors(errs))
          .finally(() => setBusy(false));
      }}
    >
      <h2 id={`${base}-title`}>{title}</h2>
      <label>
        {t('provider.form.name')}
        <input value={f.name} onChange={text('name')} {...fieldProps('name')} />
      </label>
      <FieldErrors id={`${base}-name-error`} errors={errorsFor(errors, 'name')} />
      <label>
        {t('provider.form.kind')}
        <select value={f.kind} onChange={text('kind')}>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`siteKind.${k}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('provider.form.district')}
        <select value={f.districtCode} onChange={text('districtCode')} {...fieldProps('districtCode')}>
          <DistrictOptions />
        </select>
      </label>
      <FieldErrors id={`${base}-districtCode-error`} errors={errorsFor(errors, 'districtCode')} />
      <label>
        {t('provider.form.address')}
        <input value={f.address} onChange={text('address')} {...fieldProps('address')} />
      </label>
      <FieldErrors id={`${base}-address-error`} errors={errorsFor(errors, 'address')} />
      <label>
        {t('provider.form.activities')}
        <textarea
          rows={3}
          value={f.activities}
          onChange={text('activities')}
          {...fieldProps('activities', `${base}-activities-hint`)}
        />
      </label>
      <span className="meta" id={`${base}-activities-hint`}>
        {t('provider.form.activitiesHint')}
      </span>
      <FieldErrors id={`${base}-activities-error`} errors={errorsFor(errors, 'activities')} />
      <label>
        {t('provider.form.capacity')}
        <input inputMode="numeric" value={f.capacity} onChange={text('capacity')} {...fieldProps('capacity')} />
      </label>
      <FieldErrors id={`${base}-capacity-error`} errors={errorsFor(errors, 'capacity')} />
      <fieldset {...(errorsFor(errors, 'availability').length ? { 'aria-describedby': `${base}-availability-error` } : {})}>
        <legend>{t('provider.form.availability')}</legend>
        <FieldErrors id={`${base}-availability-error`} errors={errorsFor(errors, 'availability')} />
        {f.availability.map((s, i) => (
          <div className="slot" key={i} data-slot={i}>
            <label>
              {t('provider.form.weekday', { n: i + 1 })}
              <select
                value={s.weekday}
                onChange={(e) => setSlot(i, 'weekday', e.target.value)}
                {...fieldProps(`availability.${i}`)}
              >
                {[1, 2, 3, 4, 5, 6, 7].map((d) => (
                  <option key={d} value={d}>
                    {t(`weekday.${d}`)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('provider.form.start', { n: i + 1 })}
              <input
                type="time"
                value={s.startTime}
                onChange={(e) => setSlot(i, 'startTime', e.target.value)}
                {...fieldProps(`availability.${i}`)}
              />
            </label>
            <label>
              {t('provider.form.end', { n: i + 1 })}
              <input
                type="time"
                value={s.endTime}
                onChange={(e) => setSlot(i, 'endTime', e.target.value)}
                {...fieldProps(`availability.${i}`)}
              />
            </label>
            <button
              type="button"
              className="link-button"
              onClick={() => setF({ ...f, availability: f.availability.filter((_, j) => j !== i) })}
            >
              {t('provider.form.removeWindow', { n: i + 1 })}
            </button>
            <FieldErrors id={`${base}-availability.${i}-error`} errors={errorsFor(errors, `availability.${i}`)} />
          </div>
        ))}
        <button
          type="button"
          onClick={() =>
            setF({ ...f, availability: [...f.availability, { weekday: '6', startTime: '08:00', endTime: '12:00' }] })
          }
        >
          {t('provider.form.addWindow')}
        </button>
      </fieldset>
      <label className="check">
        <input type="checkbox" checked={f.childSuitable} onChange={flag('childSuitable')} />
        {t('provider.form.childSuitable')}
      </label>
      <label className="check">
        <input type="checkbox" checked={f.requiresProtectiveEquipment} onChange={flag('requiresProtectiveEquipment')} />
        {t('provider.form.ppe')}
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={f.nonCommercialConfirmed}
          onChange={flag('nonCommercialConfirmed')}
          {...fieldProps('nonCommercialConfirmed')}
        />
        {t('provider.form.nonCommercial')}
      </label>
      <FieldErrors id={`${base}-nonCommercialConfirmed-error`} errors={errorsFor(errors, 'nonCommercialConfirmed')} />
      <UserErrors errors={errors} />
      <p className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('form.saving') : submitLabel}
        </button>{' '}
        {onCancel ? (
          <button type="button" onClick={onCancel}>
            {t('provider.cancel')}
          </button>
        ) : null}
      </p>
    </form>
  );
}

/** Places in use out of the capacity, as an accessible bar. */
function CapacityBar({ inUse, capacity }: { inUse: number; capacity: number }) {
  const { t, i18n } = useTranslation();
  const pct = capacity > 0 ? Math.min(100, Math.round((inUse / capacity) * 100)) : 0;
  const text = t('provider.inUseOf', {
    inUse: formatNumber(inUse, i18n.language),
    capacity: formatNumber(capacity, i18n.language),
  });
  return (
    <div className="hours">
      <div
        className="bar"
        role="progressbar"
        aria-label={t('provider.capacityInUse')}
        aria-valuemin={0}
        aria-valuemax={capacity}
        aria-valuenow={inUse}
        aria-valuetext={text}
      >
        <div className="fill" style={{ width: `${pct}%` }} />
      </div>
      <span className="meta">{text}</span>
    </div>
  );
}

/** The provider admin's sites: capacity in use, weekly windows, registering, changing and deactivating a site. */
export default function ProviderSites() {
  const { t, i18n } = useTranslation();
  const { session } = useAuth();
  const providerId = session ? providerIdOf(session.token) : null;
  const [{ data, fetching, error }, refetch] = useQuery({ query: ProviderSitesQuery });
  const [, register] = useMutation(ProviderRegisterWorkSite);
  const [, update] = useMutation(ProviderUpdateWorkSite);
  const [, deactivate] = useMutation(ProviderDeactivateWorkSite);
  const [editing, setEditing] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [deactivateErrors, setDeactivateErrors] = useState<readonly UserErrorLike[]>([]);
  const [formKey, setFormKey] = useState(0);
  const lastKey = useRef<{ input: string; key: string } | null>(null);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  if (fetching && !data) return <Loading />;
  if (!data) return <QueryError error={error} />;
  const sites = data.workSites.nodes;
  const provider = sites[0]?.provider;
  const homeDistrict = provider?.district.code ?? session?.districts[0] ?? '1507';
  const active = sites.filter((s) => s.active);
  const inUse = active.reduce((n, s) => n + s.activePlacements, 0);
  const capacity = active.reduce((n, s) => n + s.capacity, 0);
  const weekdayName = (n: number) => t(`weekday.${n}`);
  const failed = (message: string): UserErrorLike[] => [{ code: 'ERROR', message }];
  const editingSite = sites.find((s) => s.id === editing);

  return (
    <section>
      <h1>{t('provider.title')}</h1>
      <p className="meta">{provider ? t('provider.intro', { provider: provider.name }) : t('provider.introNoSites')}</p>
      <PartialWarning error={error} />
      {notice ? (
        <p role="status" className="alert alert-ok">
          {notice}
        </p>
      ) : null}
      <dl className="facts">
        <dt>{t('provider.activeSites')}</dt>
        <dd>{formatNumber(active.length, i18n.language)}</dd>
        <dt>{t('provider.capacityInUse')}</dt>
        <dd>
          <CapacityBar inUse={inUse} capacity={capacity} />
        </dd>
      </dl>
      {sites.length === 0 ? <Empty>{t('provider.empty')}</Empty> : null}
      {sites.length > 0 ? (
        <table className="table sites">
          <caption className="sr-only">{t('provider.listCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('provider.site')}</th>
              <th scope="col">{t('provider.capacityInUse')}</th>
              <th scope="col">{t('provider.windows')}</th>
              <th scope="col">{t('provider.status')}</th>
              <th scope="col">{t('provider.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {sites.map((s) => (
              <tr key={s.id} data-site={s.name}>
                <th scope="row" data-label={t('provider.site')}>
                  {s.name}
                  <div className="meta">
                    {t(`siteKind.${s.kind}`)} · {s.district.name}
                  </div>
                  <div className="meta">{s.address}</div>
                  <div className="meta">{s.activities.join(', ')}</div>
                </th>
                <td data-label={t('provider.capacityInUse')}>
                  <CapacityBar inUse={s.activePlacements} capacity={s.capacity} />
                </td>
                <td data-label={t('provider.windows')}>
                  <ul className="plain compact">
                    {describeWindows(s.availability, weekdayName).map((w) => (
                      <li key={w}>{w}</li>
                    ))}
                  </ul>
                </td>
                <td data-label={t('provider.status')}>
                  {s.active ? (
                    <Badge tone="ok">{t('provider.active')}</Badge>
                  ) : (
                    <Badge tone="info">{t('provider.inactive')}</Badge>
                  )}{' '}
                  {s.childSuitable ? <Badge tone="info">{t('provider.childSuitable')}</Badge> : null}{' '}
                  {s.requiresProtectiveEquipment ? <Badge tone="warn">{t('provider.ppe')}</Badge> : null}
                </td>
                <td data-label={t('provider.actions')}>
                  <button
                    type="button"
                    onClick={() => {
                      setEditing(s.id);
                      setNotice(null);
                      setConfirming(null);
                    }}
                    aria-label={t('provider.editSite', { site: s.name })}
                  >
                    {t('provider.edit')}
                  </button>{' '}
                  {s.active && confirming !== s.id ? (
                    <button
                      type="button"
                      onClick={() => {
                        setConfirming(s.id);
                        setDeactivateErrors([]);
                      }}
                      aria-label={t('provider.deactivateSite', { site: s.name })}
                    >
                      {t('provider.deactivate')}
                    </button>
                  ) : null}
                  {confirming === s.id ? (
                    <div className="confirm" role="group" aria-label={t('provider.deactivateSite', { site: s.name })}>
                      <p>{t('provider.confirmDeactivate')}</p>
                      <button
                        type="button"
                        className="danger"
                        onClick={() =>
                          void deactivate({ siteId: s.id }).then((r) => {
                            const errs = r.data?.deactivateWorkSite.userErrors ?? (r.error ? failed(t('error.generic')) : []);
                            setDeactivateErrors(errs);
                            if (errs.length === 0) {
                              setConfirming(null);
                              setNotice(t('provider.deactivated', { site: s.name }));
                              reload();
                            }
                          })
                        }
                      >
                        {t('provider.confirmYes')}
                      </button>{' '}
                      <button type="button" onClick={() => setConfirming(null)}>
                        {t('provider.cancel')}
                      </button>
                      <UserErrors errors={deactivateErrors} />
                    </div>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}

      <div className="grid">
        {editingSite ? (
          <SiteForm
            key={`edit-${editingSite.id}`}
            testId="edit-site"
            title={t('provider.editTitle', { site: editingSite.name })}
            submitLabel={t('provider.saveChanges')}
            initial={siteToForm(editingSite)}
            onCancel={() => setEditing(null)}
            onSubmit={async (state) => {
              const r = await update({
                input: { ...formToInput(state), kind: state.kind as WorkSiteKind, siteId: editingSite.id },
              });
              const errs = r.data?.updateWorkSite.userErrors ?? (r.error ? failed(t('error.generic')) : []);
              if (errs.length === 0) {
                setEditing(null);
                setNotice(t('provider.updated', { site: r.data?.updateWorkSite.workSite?.name ?? state.name }));
                reload();
              }
              return errs;
            }}
          />
        ) : null}
        {providerId ? (
          <SiteForm
            key={`new-${formKey}`}
            testId="register-site"
            title={t('provider.registerTitle')}
            submitLabel={t('provider.register')}
            initial={emptySite(homeDistrict)}
            onSubmit={async (state) => {
              const input = { ...formToInput(state), kind: state.kind as WorkSiteKind, providerId };
              lastKey.current = keyFor(lastKey.current, input, newIdempotencyKey);
              const r = await register({ input: { ...input, idempotencyKey: lastKey.current.key } });
              const errs = r.data?.registerWorkSite.userErrors ?? (r.error ? failed(t('error.generic')) : []);
              if (errs.length === 0 && r.data?.registerWorkSite.workSite) {
                lastKey.current = null;
                setNotice(t('provider.registered', { site: r.data.registerWorkSite.workSite.name }));
                setFormKey((k) => k + 1);
                reload();
              }
              return errs;
            }}
          />
        ) : (
          <p className="meta">{t('provider.noProvider')}</p>
        )}
      </div>
    </section>
  );
}
