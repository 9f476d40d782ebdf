import { useState, type FormEvent } from 'react';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { AccessLogFilter } from '../gql/graphql';
import { formatDateTime } from '../format';
import { Empty, Loading, QueryError, Unavailable } from '../components/ui';

const CorrectionsLog = graphql(`
  query CorrectionsLog($filter: AccessLogFilter) {
    correctionsAccessLog(first: 50, filter: $filter) {
      totalCount
      nodes {
        at
        actor
        role
        subjectType
        subjectId
        fields
        operation
        correlationId
      }
    }
  }
`);
const ChildProtectionLog = graphql(`
  query ChildProtectionLog($filter: AccessLogFilter) {
    childProtectionAccessLog(first: 50, filter: $filter) {
      totalCount
      nodes {
        at
        actor
        role
        subjectType
        subjectId
        fields
        operation
        correlationId
      }
    }
  }
`);
const WorksitesLog = graphql(`
  query WorksitesLog($filter: AccessLogFilter) {
    worksitesAccessLog(first: 50, filter: $filter) {
      totalCount
      nodes {
        at
        actor
        role
        subjectType
        subjectId
        fields
        operation
        correlationId
      }
    }
  }
`);
const ProcessingRecord = graphql(`
  query ProcessingRecord($clientId: ID!) {
    clientProcessingRecord(clientId: $clientId) {
      id
      generatedAt
      correctionsDocument
      childProtectionDocument
      worksitesDocument
      correctionsAccessLog {
        at
        actor
        role
        fields
        operation
      }
      childProtectionAccessLog {
        at
        actor
        role
        fields
        operation
      }
      worksitesAccessLog {
        at
        actor
        role
        fields
        operation
      }
    }
  }
`);

interface Entry {
  at: string;
  actor: string;
  role: string;
  fields: string[];
  operation?: string | null;
  subjectType?: string;
  subjectId?: string;
}

function EntryList({ entries }: { entries: readonly Entry[] }) {
  const { t, i18n } = useTranslation();
  if (entries.length === 0) return <Empty>{t('audit.noEntries')}</Empty>;
  return (
    <ol className="log">
      {entries.map((e, i) => (
        <li key={i}>
          <div>
            <strong>{e.actor}</strong> <span className="meta">({e.role})</span>
          </div>
          <div className="meta">
            {formatDateTime(e.at, i18n.language)} · {e.operation ?? '–'}
          </div>
          {e.subjectId ? (
            <div className="meta">
              {e.subjectType} {e.subjectId}
            </div>
          ) : null}
          <div className="meta">{e.fields.join(', ')}</div>
        </li>
      ))}
    </ol>
  );
}

function AgencyLog({
  title,
  query,
  field,
  filter,
}: {
  title: string;
  query: TypedDocumentNode<unknown, { filter?: AccessLogFilter | null }>;
  field: string;
  filter: AccessLogFilter;
}) {
  const [{ data, fetching, error }] = useQuery({ query, variables: { filter } });
  const log = (data as Record<string, { totalCount: number; nodes: Entry[] }> | undefined)?.[field];
  const { t } = useTranslation();
  return (
    <article className="card" aria-label={title}>
      <h2>{title}</h2>
      {fetching && !log ? <Loading /> : null}
      {!log && error ? <QueryError error={error} /> : null}
      {log ? (
        <>
          <p className="meta">{t('audit.count', { count: log.totalCount })}</p>
          <EntryList entries={log.nodes} />
        </>
      ) : null}
    </article>
  );
}

/** The auditor: the three agencies' access logs side by side, and a data subject's processing record (UU PDP Art. 32). */
export default function Audit() {
  const { t, i18n } = useTranslation();
  const [form, setForm] = useState({ subjectId: '', actor: '', from: '', to: '' });
  const [filter, setFilter] = useState<AccessLogFilter>({});
  const [subject, setSubject] = useState('');
  const [recordId, setRecordId] = useState<string | null>(null);
  const [record] = useQuery({ query: ProcessingRecord, variables: { clientId: recordId ?? '' }, pause: !recordId });

  const search = (e: FormEvent) => {
    e.preventDefault();
    // Dates typed in the form are days in Asia/Jakarta.
    setFilter({
      ...(form.subjectId ? { subjectId: form.subjectId.trim() } : {}),
      ...(form.actor ? { actor: form.actor.trim() } : {}),
      ...(form.from ? { from: `${form.from}T00:00:00+07:00` } : {}),
      ...(form.to ? { to: `${form.to}T23:59:59+07:00` } : {}),
    });
  };
  const r = record.data?.clientProcessingRecord;
  return (
    <section>
      <h1>{t('audit.title')}</h1>
      <form className="card filters" onSubmit={search} aria-label={t('audit.searchLabel')}>
        <label>
          {t('audit.subjectId')}
          <input value={form.subjectId} onChange={(e) => setForm({ ...form, subjectId: e.target.value })} />
        </label>
        <label>
          {t('audit.actor')}
          <input value={form.actor} onChange={(e) => setForm({ ...form, actor: e.target.value })} />
        </label>
        <label>
          {t('audit.from')}
          <input type="date" value={form.from} onChange={(e) => setForm({ ...form, from: e.target.value })} />
        </label>
        <label>
          {t('audit.to')}
          <input type="date" value={form.to} onChange={(e) => setForm({ ...form, to: e.target.value })} />
        </label>
        <button type="submit" className="primary">
          {t('audit.search')}
        </button>
      </form>
      <div className="grid three">
        <AgencyLog title={t('agency.BAPAS')} query={CorrectionsLog} field="correctionsAccessLog" filter={filter} />
        <AgencyLog title={t('agency.DP3AP2KB')} query={ChildProtectionLog} field="childProtectionAccessLog" filter={filter} />
        <AgencyLog title={t('agency.WORKSITE')} query={WorksitesLog} field="worksitesAccessLog" filter={filter} />
      </div>

      <h2>{t('audit.recordTitle')}</h2>
      <form
        className="card filters"
        onSubmit={(e) => {
          e.preventDefault();
          setRecordId(subject.trim() || null);
        }}
      >
        <label>
          {t('audit.clientId')}
          <input value={subject} onChange={(e) => setSubject(e.target.value)} />
        </label>
        <button type="submit" className="primary">
          {t('audit.showRecord')}
        </button>
      </form>
      {record.fetching ? <Loading /> : null}
      {recordId && !record.fetching && !r ? (
        record.error ? (
          <QueryError error={record.error} />
        ) : (
          <Empty>{t('audit.noRecord')}</Empty>
        )
      ) : null}
      {r ? (
        <>
          <p className="meta">{t('audit.generatedAt', { date: formatDateTime(r.generatedAt, i18n.language) })}</p>
          <div className="grid three">
            {(
              [
                ['BAPAS', r.correctionsDocument, r.correctionsAccessLog],
                ['DP3AP2KB', r.childProtectionDocument, r.childProtectionAccessLog],
                ['WORKSITE', r.worksitesDocument, r.worksitesAccessLog],
              ] as const
            ).map(([agency, doc, log]) => (
              <article className="card" key={agency}>
                <h3>{t(`agency.${agency}`)}</h3>
                {/* An agency that did not answer shows as not available, never as an empty record. */}
                {doc === null || doc === undefined ? <Unavailable /> : <pre className="doc">{doc}</pre>}
                {log === null || log === undefined ? <Unavailable /> : <EntryList entries={log} />}
              </article>
            ))}
          </div>
        </>
      ) : null}
    </section>
  );
}
