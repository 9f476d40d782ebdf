import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttendanceDraft, Outcome, QueuedAttendance, RosterPlacement, RosterSite } from '../../offline/db';
import { formatDate, formatNumber } from '../../format';
import { checkDraft, defaultHours, MAX_HOURS_PER_DAY, OUTCOMES, type DraftProblem } from './attendance-rules';
import { RecordState } from './RecordState';

interface Props {
  site: RosterSite;
  placement: RosterPlacement;
  date: string;
  today: string;
  /** The device's record for this person and day (the latest one), if any. */
  local: QueuedAttendance | null;
  /** A refused record to enter again, its values prefilled. */
  preset: AttendanceDraft | null;
  onRecord(draft: AttendanceDraft): Promise<void>;
}

/** One person at the site: initials, one tap for "attended", or the full record (hours, outcome, reason). */
export function PersonCard({ site, placement, date, today, local, preset, onRecord }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const person = placement.displayName;
  const suggested = defaultHours(site, placement, date);
  const [open, setOpen] = useState(!!preset);
  const [hours, setHours] = useState<number>(preset?.hours ?? suggested);
  const [outcome, setOutcome] = useState<Outcome>(preset?.outcome ?? 'ATTENDED');
  const [reason, setReason] = useState(preset?.reason ?? '');
  const [activity, setActivity] = useState(preset?.activity ?? '');
  const [problems, setProblems] = useState<DraftProblem[]>([]);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const formId = useId();

  const atHub = placement.attendance.find((a) => a.date === date) ?? null;
  const holds = local && local.state !== 'refused' ? local : null;
  const notStarted = date < placement.startDate;

  const submit = async (draft: AttendanceDraft) => {
    const found = checkDraft(draft, placement, today);
    setProblems(found);
    if (found.length > 0) return;
    setBusy(true);
    setFailed(false);
    try {
      await onRecord(draft);
      setOpen(false);
    } catch {
      // The device could not keep it (no IndexedDB): said, never lost silently.
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };

  const oneTap = () =>
    void submit({ placementId: placement.id, date, hours: suggested, outcome: 'ATTENDED', activity: null, reason: null });

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void submit({
      placementId: placement.id,
      date,
      hours: outcome === 'ATTENDED' ? hours : 0,
      outcome,
      reason: reason.trim() || null,
      activity: activity || null,
    });
  };

  const step = (delta: number) => setHours((h) => Math.min(MAX_HOURS_PER_DAY, Math.max(0, Math.round((h + delta) * 4) / 4)));

  return (
    <li className="person-card" id={`person-${placement.id}`} data-placement={placement.id}>
      <div className="person-head">
        <span className="initials" aria-hidden="true">
          {person}
        </span>
        <div>
          <h3 className="person-name">
            <span className="sr-only">{t('site.initials')}: </span>
            {person}
          </h3>
          <p className="meta">
            {placement.isChild ? t('site.child') : t('site.adult')} ·{' '}
            {t('site.hoursCredited', { hours: formatNumber(placement.hoursCredited, lang) })}
            {placement.hoursRemaining !== null
              ? ` · ${t('site.hoursRemaining', { hours: formatNumber(placement.hoursRemaining, lang) })}`
              : ''}
          </p>
        </div>
      </div>

      {notStarted ? (
        <p className="meta">{t('site.startsOn', { date: formatDate(placement.startDate, lang) })}</p>
      ) : atHub ? (
        <p className="at-hub">
          {t('site.atHub', { outcome: t(`site.outcomeName.${atHub.outcome}`), hours: formatNumber(atHub.hours, lang) })}
        </p>
      ) : holds ? (
        <RecordState record={holds} />
      ) : (
        <>
          {local ? <RecordState record={local} /> : null}
          <div className="tap-row">
            <button
              type="button"
              className="tap"
              disabled={busy}
              onClick={oneTap}
              aria-label={t('site.tapAttendedLabel', {
                person,
                hours: formatNumber(suggested, lang),
                date: formatDate(date, lang),
              })}
            >
              {t('site.tapAttended', { hours: formatNumber(suggested, lang) })}
            </button>
            <button
              type="button"
              className="tap-more"
              aria-expanded={open}
              aria-controls={formId}
              onClick={() => setOpen((o) => !o)}
              aria-label={t('site.moreLabel', { person })}
            >
              {t('site.more')}
            </button>
          </div>
          {open ? (
            <form id={formId} className="record-form" onSubmit={onSubmit} noValidate>
              <fieldset>
                <legend>{t('site.outcome')}</legend>
                {OUTCOMES.map((o) => (
                  <label key={o} className="choice">
                    <input
                      type="radio"
                      name={`${formId}-outcome`}
                      value={o}
                      checked={outcome === o}
                      onChange={() => setOutcome(o)}
                    />
                    {t(`site.outcomeName.${o}`)}
                  </label>
                ))}
              </fieldset>
              {outcome === 'ATTENDED' ? (
                <div className="stepper">
                  <label htmlFor={`${formId}-hours`}>{t('site.hours')}</label>
                  <div className="stepper-row">
                    <button type="button" onClick={() => step(-0.25)} aria-label={t('site.lessHours')}>
                      −
                    </button>
                    <input
                      id={`${formId}-hours`}
                      type="number"
                      inputMode="decimal"
                      min={0}
                      max={MAX_HOURS_PER_DAY}
                      step={0.25}
                      value={hours}
                      onChange={(e) => setHours(Number(e.target.value))}
                      aria-invalid={problems.some((p) => p.field === 'hours')}
                    />
                    <button type="button" onClick={() => step(0.25)} aria-label={t('site.moreHours')}>
                      +
                    </button>
                  </div>
                </div>
              ) : null}
              <label>
                {t('site.reason')}
                {outcome === 'ACCEPTABLE_ABSENCE' ? ` (${t('site.required')})` : ''}
                <textarea
                  value={reason}
                  onChange={(e) => setReason(e.target.value)}
                  rows={2}
                  maxLength={1000}
                  aria-invalid={problems.some((p) => p.field === 'reason')}
                />
                <span className="meta">{t('site.reasonHint')}</span>
              </label>
              {site.activities.length > 0 ? (
                <label>
                  {t('site.activity')}
                  <select value={activity} onChange={(e) => setActivity(e.target.value)}>
                    <option value="">{t('site.noActivity')}</option>
                    {site.activities.map((a) => (
                      <option key={a} value={a}>
                        {a}
                      </option>
                    ))}
                  </select>
                </label>
              ) : null}
              <button type="submit" className="primary tap" disabled={busy}>
                {t('site.save')}
              </button>
            </form>
          ) : null}
        </>
      )}
      {failed ? (
        <div role="alert" className="alert alert-error">
          {t('site.notKept')}
        </div>
      ) : null}
      {problems.length > 0 ? (
        <div role="alert" className="alert alert-error">
          <ul>
            {problems.map((p) => (
              <li key={p.rule}>
                {t(`site.check.${p.rule}`, { max: MAX_HOURS_PER_DAY, date: formatDate(placement.startDate, lang) })}
                <span className="meta">
                  {' '}
                  · {t('site.field')}: <code>input.{p.field}</code>
                </span>
                {p.article ? (
                  <span className="meta">
                    {' '}
                    · {t('site.article')}: {p.article}
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </li>
  );
}
