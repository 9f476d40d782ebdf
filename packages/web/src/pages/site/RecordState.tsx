import { useTranslation } from 'react-i18next';
import type { QueuedAttendance } from '../../offline/db';
import { formatDateTime } from '../../format';
import { Badge } from '../../components/ui';

/** Where a record on the device stands — menunggu / terkirim / ditolak — with the hub's reasons for a refusal. */
export function RecordState({ record }: { record: QueuedAttendance }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  if (record.state === 'sent') {
    return (
      <p className="record-state" data-state="sent">
        <Badge tone="ok">{t('site.state.sent')}</Badge>{' '}
        <span className="meta">
          {formatDateTime(record.sentAt ? new Date(record.sentAt).toISOString() : null, lang)}
          {record.replayed ? ` · ${t('site.replayed')}` : ''}
        </span>
      </p>
    );
  }
  if (record.state === 'refused') {
    return (
      <div className="record-state" data-state="refused">
        <Badge tone="bad">{t('site.state.refused')}</Badge>
        <ul className="refusals">
          {(record.refusals ?? []).map((r, i) => (
            <li key={i}>
              {r.message}
              {r.field ? (
                <span className="meta">
                  {' '}
                  · {t('site.field')}: <code>{r.field}</code>
                </span>
              ) : null}
              {r.article ? (
                <span className="meta">
                  {' '}
                  · {t('site.article')}: {r.article}
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      </div>
    );
  }
  return (
    <p className="record-state" data-state="pending">
      <Badge tone="warn">{record.state === 'sending' ? t('site.state.sending') : t('site.state.pending')}</Badge>{' '}
      {record.lastRetryReason ? <span className="meta">{t(`site.waitingFor.${record.lastRetryReason}`)}</span> : null}
    </p>
  );
}
