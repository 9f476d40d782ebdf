import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../auth';
import { formatDate, formatDateTime, todayInJakarta } from '../../format';
import { Empty, Loading, QueryError } from '../../components/ui';
import { offlineDb, type AttendanceDraft, type QueuedAttendance, type RosterSnapshot } from '../../offline/db';
import { loadRoster, saveRoster } from '../../offline/roster';
import { countStates } from '../../offline/queue';
import { useOfflineReady, useOnline } from '../../offline/service-worker';
import { addDays } from './attendance-rules';
import { DeviceRecords } from './DeviceRecords';
import { PersonCard } from './PersonCard';
import { SiteRosterQuery } from './operations';
import { rosterFromQuery } from './roster-model';
import { useAttendanceQueue } from './useAttendanceQueue';
import './site.css';

/**
 * "Hari ini di lokasi saya": the site supervisor's page, made for a phone. The people placed at the
 * supervisor's sites (initials only), one tap each to record the day; every record is kept on the
 * device with its idempotency key and sent when there is a connection, its state shown.
 */
export default function SiteToday() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { session } = useAuth();
  const owner = session?.username ?? '';
  const online = useOnline();
  const offlineReady = useOfflineReady();
  const queue = useAttendanceQueue(owner, session?.token ?? '');
  const today = todayInJakarta();
  const [date, setDate] = useState(today);
  const [preset, setPreset] = useState<AttendanceDraft | null>(null);
  const [notice, setNotice] = useState('');

  const [{ data, error, fetching }, reexecute] = useQuery({ query: SiteRosterQuery });
  const [snapshot, setSnapshot] = useState<RosterSnapshot | null>(null);
  const [snapshotLoaded, setSnapshotLoaded] = useState(false);
  const fresh = useMemo(() => (data ? rosterFromQuery(data) : null), [data]);

  useEffect(() => {
    let live = true;
    offlineDb()
      .then((db) => loadRoster(db, owner))
      .then((s) => live && setSnapshot(s))
      .catch(() => undefined)
      .finally(() => live && setSnapshotLoaded(true));
    return () => {
      live = false;
    };
  }, [owner]);

  useEffect(() => {
    if (!fresh) return;
    void offlineDb()
      .then((db) => saveRoster(db, owner, fresh))
      .catch(() => undefined);
  }, [fresh, owner]);

  // The hub's side of the cards changes when records are credited or the connection returns: fetch
  // the roster again then (not on the first render, which fetches it anyway).
  const sentCount = queue.records.filter((r) => r.state === 'sent').length;
  const seen = useRef<{ sent: number; online: boolean } | null>(null);
  useEffect(() => {
    const before = seen.current;
    seen.current = { sent: sentCount, online };
    if (!before || !online) return;
    if (sentCount > before.sent || !before.online) reexecute({ requestPolicy: 'network-only' });
  }, [sentCount, online, reexecute]);

  const sites = fresh ?? snapshot?.sites ?? null;
  const counts = countStates(queue.records);
  const authNeeded = queue.records.some((r) => r.state === 'pending' && r.lastRetryReason === 'unauthenticated');

  const latestFor = useCallback(
    (placementId: string, day: string): QueuedAttendance | null => {
      const mine = queue.records.filter((r) => r.placementId === placementId && r.date === day);
      return mine.find((r) => r.state !== 'refused') ?? mine[mine.length - 1] ?? null;
    },
    [queue.records],
  );

  const onRecord = async (draft: AttendanceDraft, personLabel: string, siteName: string) => {
    const { created } = await queue.record(draft, { personLabel, siteName });
    setPreset(null);
    setNotice(
      created
        ? t('site.recorded', { person: personLabel, date: formatDate(draft.date, lang) })
        : t('site.already', { person: personLabel, date: formatDate(draft.date, lang) }),
    );
  };

  const recordAgain = (r: QueuedAttendance) => {
    setDate(r.date);
    setPreset({
      placementId: r.placementId,
      date: r.date,
      hours: r.hours,
      outcome: r.outcome,
      reason: r.reason,
      activity: r.activity,
    });
    document.getElementById(`person-${r.placementId}`)?.scrollIntoView({ block: 'center' });
  };

  return (
    <section className="site-today">
      <h1>{t('site.title')}</h1>
      <div className="site-status" role="status" aria-live="polite">
        <p className={online ? 'conn conn-on' : 'conn conn-off'} data-online={online}>
          {online ? t('site.online') : t('site.offline')}
        </p>
        <p className="meta" data-testid="queue-counts">
          {t('site.counts', counts)}
        </p>
        {offlineReady ? <p className="meta">{t('site.offlineReady')}</p> : null}
        {notice ? <p className="notice">{notice}</p> : null}
      </div>
      {authNeeded ? (
        <div role="alert" className="alert alert-warn">
          {t('site.authNeeded')}
        </div>
      ) : null}
      {queue.unavailable ? (
        <div role="alert" className="alert alert-error">
          {t('site.noStorage')}
        </div>
      ) : null}
      {counts.pending > 0 && online ? (
        <button type="button" className="primary tap" onClick={queue.syncNow} disabled={queue.syncing}>
          {queue.syncing ? t('site.sending') : t('site.sendNow')}
        </button>
      ) : null}

      <div className="date-row">
        <label htmlFor="attendance-date">{t('site.date')}</label>
        <input
          id="attendance-date"
          type="date"
          value={date}
          max={today}
          onChange={(e) => {
            if (e.target.value) setDate(e.target.value);
          }}
        />
        <div className="tap-row">
          <button type="button" className="tap-more" aria-pressed={date === today} onClick={() => setDate(today)}>
            {t('site.today')}
          </button>
          <button
            type="button"
            className="tap-more"
            aria-pressed={date === addDays(today, -1)}
            onClick={() => setDate(addDays(today, -1))}
          >
            {t('site.yesterday')}
          </button>
        </div>
        <p className="meta">{formatDate(date, lang)}</p>
      </div>

      {!sites ? (
        fetching || !snapshotLoaded ? (
          <Loading />
        ) : (
          <>
            <QueryError error={error} />
            {error?.networkError ? <p className="meta">{t('site.noRoster')}</p> : null}
          </>
        )
      ) : (
        <>
          {!fresh && snapshot ? (
            <p className="meta">
              {t('site.rosterSaved', { time: formatDateTime(new Date(snapshot.savedAt).toISOString(), lang) })}
            </p>
          ) : null}
          {sites.length === 0 ? <Empty>{t('site.noSites')}</Empty> : null}
          {sites.map((site) => (
            <section key={site.id} className="block site-block" aria-labelledby={`site-${site.id}`}>
              <h2 id={`site-${site.id}`}>{site.name}</h2>
              {site.placements.length === 0 ? (
                <Empty>{t('site.noPeople')}</Empty>
              ) : (
                <ul className="plain people">
                  {site.placements.map((p) => (
                    <PersonCard
                      key={`${p.id}:${date}:${preset?.placementId === p.id ? 'again' : ''}`}
                      site={site}
                      placement={p}
                      date={date}
                      today={today}
                      local={latestFor(p.id, date)}
                      preset={preset && preset.placementId === p.id && preset.date === date ? preset : null}
                      onRecord={(draft) => onRecord(draft, p.displayName, site.name)}
                    />
                  ))}
                </ul>
              )}
            </section>
          ))}
        </>
      )}

      <DeviceRecords records={queue.records} onRecordAgain={recordAgain} onAcknowledge={(r) => queue.acknowledge(r.key)} />
    </section>
  );
}
