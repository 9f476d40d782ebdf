import { Migration } from '@mikro-orm/migrations';

/** Caseworkers and protection cases. */
export class Migration20261127000000Initial extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table caseworker (
        id uuid primary key,
        name varchar(255) not null,
        profession varchar(20) not null check (profession in ('SOCIAL_WORKER', 'PSYCHOLOGIST', 'COUNSELLOR', 'LEGAL_AID')),
        district_code varchar(4) not null
      );
      create table protection_case (
        id uuid primary key,
        case_number varchar(255) not null unique,
        child_role varchar(12) not null check (child_role in ('IN_CONFLICT', 'VICTIM', 'WITNESS')),
        client_id uuid,
        child_alias varchar(255) not null,
        child_sex varchar(6) not null check (child_sex in ('MALE', 'FEMALE')),
        child_age_band varchar(12) not null,
        district_code varchar(4) not null,
        concerns text[] not null default '{}',
        risk_level varchar(8) not null check (risk_level in ('LOW', 'MEDIUM', 'HIGH')),
        status varchar(12) not null,
        caseworker_id uuid references caseworker (id),
        opened_at timestamptz not null,
        closed_at timestamptz,
        -- a victim's or witness's record is never linked to a Bapas client (DOMAIN.md §4, principle 3)
        constraint protection_case_client_only_in_conflict check (client_id is null or child_role = 'IN_CONFLICT')
      );
      create index protection_case_child_role_index on protection_case (child_role);
      create index protection_case_client_id_index on protection_case (client_id);
      create index protection_case_district_code_index on protection_case (district_code);
      create index protection_case_status_index on protection_case (status);
      create index protection_case_caseworker_id_index on protection_case (caseworker_id);
    `);
  }

  override async down(): Promise<void> {
    this.addSql('drop table protection_case; drop table caseworker;');
  }
}
