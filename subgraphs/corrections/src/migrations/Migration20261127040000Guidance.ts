import { Migration } from '@mikro-orm/migrations';

/** Supervision sessions, referral withdrawal, and the day each case stage started (diversion deadlines run from it). */
export class Migration20261127040000Guidance extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table supervision_session (
        id uuid primary key,
        client_id uuid not null references client (id),
        officer_id uuid not null references officer (id),
        held_on date not null,
        kind varchar(16) not null check (kind in ('OFFICE_VISIT', 'HOME_VISIT', 'PHONE')),
        place text not null,
        summary text not null,
        recorded_at timestamptz not null
      );
      create index supervision_session_client_id_index on supervision_session (client_id, held_on);
      alter table referral add column withdrawn_at timestamptz, add column withdrawal_reason text;
      alter table case_file add column stage_started_on date not null default current_date;
    `);
  }

  override async down(): Promise<void> {
    this.addSql(`
      drop table supervision_session;
      alter table referral drop column withdrawn_at, drop column withdrawal_reason;
      alter table case_file drop column stage_started_on;
    `);
  }
}
