import { Migration } from '@mikro-orm/migrations';
import { IDEMPOTENCY_DROP_SQL, IDEMPOTENCY_TABLE_SQL } from '@hub/db';

/** Psychosocial services (with clinical notes), referral responses, closure, and idempotency keys. */
export class Migration20261127020000CaseWork extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      alter table protection_case
        add column referral_id uuid unique,
        add column closure_reason varchar(24),
        add column closing_summary text,
        add column emergency_services boolean not null default false;
      create table psychosocial_service (
        id uuid primary key,
        protection_case_id uuid not null references protection_case (id),
        kind varchar(32) not null,
        delivered_at timestamptz not null,
        provider_id uuid not null references caseworker (id),
        attended boolean not null,
        clinical_notes text,
        recorded_at timestamptz not null
      );
      create index psychosocial_service_case_index on psychosocial_service (protection_case_id, delivered_at);
      create table referral_response (
        id uuid primary key,
        referral_id uuid not null unique,
        decision varchar(10) not null check (decision in ('ACCEPTED', 'DECLINED')),
        decided_by varchar(255) not null,
        decided_at timestamptz not null,
        reason text,
        protection_case_id uuid references protection_case (id),
        referral_snapshot jsonb not null,
        check ((decision = 'ACCEPTED') = (protection_case_id is not null)),
        check (decision = 'ACCEPTED' or reason is not null)
      );
      ${IDEMPOTENCY_TABLE_SQL}
    `);
  }

  override async down(): Promise<void> {
    this.addSql(`
      drop table referral_response; drop table psychosocial_service;
      alter table protection_case drop column referral_id, drop column closure_reason, drop column closing_summary, drop column emergency_services;
      ${IDEMPOTENCY_DROP_SQL}
    `);
  }
}
