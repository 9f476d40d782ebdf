import { Migration } from '@mikro-orm/migrations';

/** Psychosocial assessments and the intervention plan of a protection case. */
export class Migration20261127040000Assessment extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table assessment (
        id uuid primary key,
        protection_case_id uuid not null references protection_case (id),
        assessed_on date not null,
        caseworker_id uuid not null references caseworker (id),
        risk_level varchar(8) not null check (risk_level in ('LOW', 'MEDIUM', 'HIGH')),
        needs text[] not null check (cardinality(needs) > 0),
        recorded_at timestamptz not null
      );
      create index assessment_case_index on assessment (protection_case_id, assessed_on);
      create table intervention_plan (
        id uuid primary key,
        protection_case_id uuid not null references protection_case (id),
        goals text not null,
        planned_services text[] not null check (cardinality(planned_services) > 0),
        created_by varchar(255) not null,
        created_at timestamptz not null
      );
      create index intervention_plan_case_index on intervention_plan (protection_case_id, created_at);
    `);
  }

  override async down(): Promise<void> {
    this.addSql('drop table intervention_plan; drop table assessment;');
  }
}
