import { Migration } from '@mikro-orm/migrations';
import { IDEMPOTENCY_DROP_SQL, IDEMPOTENCY_TABLE_SQL } from '@hub/db';

/** Officer assignment history, social-inquiry reports (Litmas), and idempotency keys for create mutations. */
export class Migration20261127030000Workflows extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table officer_assignment (
        id uuid primary key,
        client_id uuid not null references client (id),
        officer_id uuid not null references officer (id),
        assigned_at timestamptz not null,
        assigned_by varchar(255) not null,
        reason text,
        ended_at timestamptz
      );
      create index officer_assignment_client_id_index on officer_assignment (client_id, assigned_at);
      create table social_inquiry_report (
        id uuid primary key,
        case_id uuid not null references case_file (id),
        purpose varchar(20) not null,
        requester varchar(255) not null,
        requested_at timestamptz not null,
        due_at timestamptz not null,
        officer_id uuid references officer (id),
        submitted_at timestamptz,
        recommendation text,
        check (due_at > requested_at),
        check ((submitted_at is null) = (recommendation is null))
      );
      create index social_inquiry_report_case_id_index on social_inquiry_report (case_id);
      create index social_inquiry_report_open_index on social_inquiry_report (due_at) where submitted_at is null;
      ${IDEMPOTENCY_TABLE_SQL}
    `);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table social_inquiry_report; drop table officer_assignment; ${IDEMPOTENCY_DROP_SQL}`);
  }
}
