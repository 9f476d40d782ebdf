import { useTranslation } from 'react-i18next';
import type { QueuedAttendance } from '../../offline/db';
import { formatDate, formatNumber } from '../../format';
import { Empty } from '../../components/ui';
import { RecordState } from './RecordState';

interface Props {
  records: QueuedAttendance[];
  onRecordAgain(record: QueuedAttendance): void;
  onAcknowledge(record: QueuedAttendance): void;
}

/** Every record made on this device by the signed-in supervisor, newest first, with its state. */
export function DeviceRecords({ records, onRecordAgain, onAcknowledge }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const newestFirst = [...records].reverse();
  return (
    <section className="block device-records" aria-labelledby="device-records-title">
      <h2 id="device-records-title">{t('site.deviceTitle')}</h2>
      {newestFirst.length === 0 ? (
        <Empty>{t('site.deviceEmpty')}</Empty>
      ) : (
        <ul className="plain">
          {newestFirst.map((r) => (
            <li key={r.key} className="device-record" data-key={r.key} data-state={r.state}>
              <div>
                <strong>{r.personLabel}</strong> · {r.siteName}
              </div>
              <div className="meta">
                {formatDate(r.date, lang)} · {t(`site.outcomeName.${r.outcome}`)}
                {r.outcome === 'ATTENDED' ? ` · ${t('site.hoursShort', { hours: formatNumber(r.hours, lang) })}` : ''}
                {r.reason ? ` · ${r.reason}` : ''}
              </div>
              <RecordState record={r} />
              {r.state === 'refused' ? (
                <div className="tap-row">
                  <button type="button" className="tap-more" onClick={() => onRecordAgain(r)}>
                    {t('site.recordAgain')}
                  </button>
                  {r.acknowledgedAt ? (
                    <span className="meta">{t('site.acknowledged')}</span>
                  ) : (
                    <button type="button" className="tap-more" onClick={() => onAcknowledge(r)}>
                      {t('site.acknowledge')}
                    </button>
                  )}
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
