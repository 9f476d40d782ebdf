import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * The access log's table (DOMAIN.md §4, principle 4; UU PDP Art. 31): one row per record whose
 * personal data a request returned. Append-only: a trigger refuses UPDATE, DELETE and TRUNCATE, for
 * the application's own database user too. Every subgraph adds it with one migration.
 */
export const ACCESS_LOG_TABLE_SQL = `
  create table access_log (
    id bigserial primary key,
    at timestamptz not null default now(),
    actor varchar(255) not null,
    roles text[] not null,
    agency varchar(32) not null,
    subject_type varchar(64) not null,
    subject_id varchar(64) not null,
    fields text[] not null,
    operation varchar(255),
    correlation_id varchar(64) not null
  );
  create index access_log_subject_index on access_log (subject_type, subject_id, at);
  create index access_log_actor_index on access_log (actor, at);
  create index access_log_at_index on access_log (at);
  create function access_log_is_append_only() returns trigger language plpgsql as $$
  begin
    raise exception 'access_log is append-only (UU PDP Art. 31): % is not allowed', tg_op;
  end
  $$;
  create trigger access_log_no_update_or_delete before update or delete on access_log
    for each row execute function access_log_is_append_only();
  create trigger access_log_no_truncate before truncate on access_log
    for each statement execute function access_log_is_append_only();
`;

export const ACCESS_LOG_DROP_SQL = `
  drop table access_log;
  drop function access_log_is_append_only();
`;

/** Adds the caller's own correlation id, kept apart from the hub's (a NEW migration in every subgraph). */
export const ACCESS_LOG_CALLER_CORRELATION_SQL = `
  alter table access_log add column caller_correlation_id varchar(64);
`;

export const ACCESS_LOG_CALLER_CORRELATION_DROP_SQL = `
  alter table access_log drop column caller_correlation_id;
`;

/** One row of the access log, as written. */
export interface AccessLogRow {
  actor: string;
  roles: string[];
  agency: string;
  subjectType: string;
  subjectId: string;
  fields: string[];
  operation: string | null;
  correlationId: string;
  /** The caller's own correlation id, sanitised (at most 64 characters); null when none was sent. */
  callerCorrelationId?: string | null;
}

/** Writes the rows in one INSERT statement; throws when the database refuses (the caller withholds the data). */
export async function insertAccessLog(em: EntityManager, rows: AccessLogRow[]): Promise<void> {
  if (rows.length === 0) return;
  const knex = em.getConnection().getKnex();
  // Straight through the driver with bound parameters (MikroORM's execute would inline every value).
  await knex('access_log').insert(
    rows.map((r) => ({
      actor: r.actor,
      roles: pgTextArray(r.roles),
      agency: r.agency,
      subject_type: r.subjectType,
      subject_id: r.subjectId,
      fields: pgTextArray(r.fields),
      operation: r.operation,
      correlation_id: r.correlationId,
      caller_correlation_id: r.callerCorrelationId ?? null,
    })),
  );
}

/** A PostgreSQL text[] literal (the driver layer would otherwise flatten a JS array into a list). */
export function pgTextArray(values: string[]): string {
  return `{${values.map((v) => `"${v.replace(/(["\\])/g, '\\$1')}"`).join(',')}}`;
}
