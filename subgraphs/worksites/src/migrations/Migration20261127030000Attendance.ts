import { Migration } from '@mikro-orm/migrations';
import { IDEMPOTENCY_DROP_SQL, IDEMPOTENCY_TABLE_SQL } from '@hub/db';

/**
 * The attendance ledger becomes append-only: a correction is a new row that supersedes an earlier
 * one; UPDATE and DELETE are refused. Placements know their person, for the daily cap across sites.
 */
export class Migration20261127030000Attendance extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      alter table placement add column person_id uuid, add column officer_id uuid;
      create index placement_person_id_index on placement (person_id);
      alter table attendance_record
        add column recorded_by varchar(255) not null default 'seed',
        add column reason text,
        add column supersedes_id uuid references attendance_record (id);
      create unique index attendance_record_supersedes_once on attendance_record (supersedes_id) where supersedes_id is not null;
      create index attendance_record_date_index on attendance_record (date);
      create function attendance_is_append_only() returns trigger language plpgsql as $$
      begin
        raise exception 'attendance_record is append-only: record a correction that supersedes the row instead';
      end
      $$;
      create trigger attendance_no_update_or_delete before update or delete on attendance_record
        for each row execute function attendance_is_append_only();
      ${IDEMPOTENCY_TABLE_SQL}
    `);
  }

  override async down(): Promise<void> {
    this.addSql(`
      drop trigger attendance_no_update_or_delete on attendance_record;
      drop function attendance_is_append_only();
      alter table attendance_record drop column recorded_by, drop column reason, drop column supersedes_id;
      alter table placement drop column person_id, drop column officer_id;
      ${IDEMPOTENCY_DROP_SQL}
    `);
  }
}
