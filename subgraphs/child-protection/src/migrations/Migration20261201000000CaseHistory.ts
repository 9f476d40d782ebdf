import { Migration } from '@mikro-orm/migrations';

/**
 * The history of closures and reopenings of protection cases, append-only: reopening a case no
 * longer erases why it was closed. Cases closed before this migration get their closure on record.
 */
export class Migration20261201000000CaseHistory extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table protection_case_event (
        id uuid primary key,
        protection_case_id uuid not null references protection_case (id),
        kind varchar(12) not null check (kind in ('CLOSED', 'REOPENED')),
        at timestamptz not null,
        actor varchar(255) not null,
        actor_name varchar(255) not null,
        closure_reason varchar(24),
        note text,
        check (kind = 'CLOSED' or closure_reason is null)
      );
      create index protection_case_event_case_index on protection_case_event (protection_case_id, at);
      create function protection_case_event_is_append_only() returns trigger language plpgsql as $$
      begin
        raise exception 'protection_case_event is append-only';
      end
      $$;
      create trigger protection_case_event_no_update_or_delete before update or delete on protection_case_event
        for each row execute function protection_case_event_is_append_only();
      insert into protection_case_event (id, protection_case_id, kind, at, actor, actor_name, closure_reason, note)
        select gen_random_uuid(), id, 'CLOSED', closed_at, 'migration', 'migration', closure_reason, closing_summary
        from protection_case where status = 'CLOSED' and closed_at is not null;
    `);
  }

  override async down(): Promise<void> {
    this.addSql(`
      drop trigger protection_case_event_no_update_or_delete on protection_case_event;
      drop function protection_case_event_is_append_only();
      drop table protection_case_event;
    `);
  }
}
