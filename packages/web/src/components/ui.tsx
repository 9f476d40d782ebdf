import type { ReactNode } from 'react';
import type { CombinedError } from 'urql';
import { useTranslation } from 'react-i18next';

/** A refusal the user can fix, as the hub returns it: the message, the field and the article of law. */
export interface UserErrorLike {
  field?: string | null;
  code: string;
  message: string;
  article?: string | null;
}

/** The refusals of a mutation, each with its field and article. */
export function UserErrors({ errors }: { errors: readonly UserErrorLike[] | null | undefined }) {
  const { t } = useTranslation();
  if (!errors || errors.length === 0) return null;
  return (
    <div role="alert" className="alert alert-error">
      <strong>{t('form.refused')}</strong>
      <ul>
        {errors.map((e, i) => (
          <li key={i}>
            {/* The hub answers in the dashboard's language (client.ts sends it): its message, values and all. */}
            {e.message}
            {e.field ? (
              <span className="meta">
                {' '}
                · {t('form.field')}: <code>{e.field}</code>
              </span>
            ) : null}
            {e.article ? (
              <span className="meta">
                {' '}
                · {t('form.article')}: {e.article}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The agencies a partial answer names: `extensions.agency` (the message is in the reader's language). */
const AGENCY_NAMES: Record<string, { id: string; en: string }> = {
  CORRECTIONS: { id: 'Bapas', en: 'Bapas' },
  CHILD_PROTECTION: { id: 'DP3AP2KB', en: 'DP3AP2KB' },
  WORKSITES: { id: 'penyedia lokasi kerja sosial', en: 'the work-site providers' },
};

function agencyOf(error: { extensions?: Record<string, unknown> }, language: string): string | null {
  const agency = error.extensions?.['agency'];
  if (typeof agency !== 'string') return null;
  const names = AGENCY_NAMES[agency];
  return names ? names[language === 'en' ? 'en' : 'id'] : agency;
}

/** A failed query or mutation, in words, never a stack or a URL. */
export function QueryError({ error }: { error: CombinedError | undefined }) {
  const { t } = useTranslation();
  if (!error) return null;
  const codes = error.graphQLErrors.map((e) => String(e.extensions?.['code'] ?? ''));
  let text = t('error.generic');
  if (error.networkError) text = t('error.network');
  else if (codes.includes('UNAUTHENTICATED')) text = t('error.unauthenticated');
  else if (codes.includes('FORBIDDEN')) text = t('error.forbidden');
  else if (codes.includes('NOT_FOUND')) text = t('error.notFound');
  else if (codes.includes('BAD_USER_INPUT')) text = error.graphQLErrors[0]?.message ?? text;
  return (
    <div role="alert" className="alert alert-error">
      {text}
    </div>
  );
}

/** Partial answers: which agencies did not answer, so that a missing part never looks like "none". */
export function PartialWarning({ error }: { error: CombinedError | undefined }) {
  const { t, i18n } = useTranslation();
  if (!error || error.networkError) return null;
  const agencies = new Set(error.graphQLErrors.map((e) => agencyOf(e, i18n.language)).filter((a): a is string => !!a));
  return (
    <div role="status" className="alert alert-warn">
      {t('error.partial', { agencies: agencies.size ? [...agencies].join(', ') : t('error.someAgency') })}
    </div>
  );
}

/** Shown for a cross-agency field that came back null: that agency did not answer. */
export function Unavailable() {
  const { t } = useTranslation();
  return <span className="unavailable">{t('common.unavailable')}</span>;
}

/** A friendly empty state. */
export function Empty({ children }: { children: ReactNode }) {
  return <p className="empty">{children}</p>;
}

/** Loading text for screen readers and eyes. */
export function Loading() {
  const { t } = useTranslation();
  return (
    <p role="status" className="loading">
      {t('common.loading')}
    </p>
  );
}

/** Hours done out of hours ordered, as an accessible progress bar. */
export function HoursBar({ done, total, label }: { done: number | null | undefined; total: number; label: string }) {
  const { t } = useTranslation();
  if (done === null || done === undefined) return <Unavailable />;
  const pct = total > 0 ? Math.min(100, Math.round((done / total) * 100)) : 0;
  return (
    <div className="hours">
      <div
        className="bar"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        aria-valuetext={t('order.hoursOf', { done, total })}
      >
        <div className="fill" style={{ width: `${pct}%` }} />
      </div>
      <span className="meta">{t('order.hoursOf', { done, total })}</span>
    </div>
  );
}

/** A coloured signal with a text label (colour is never the only cue). */
export function Badge({ tone, children }: { tone: 'ok' | 'warn' | 'bad' | 'info'; children: ReactNode }) {
  return <span className={`badge badge-${tone}`}>{children}</span>;
}
