import { Migration } from '@mikro-orm/migrations';

/** Decisions for children under 12 (SPPA Art. 21; KUHP Art. 41): never client records. */
export class Migration20261129183000Under12 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table under12_decision (
        id uuid primary key,
        child_full_name varchar(255) not null,
        child_birth_date date not null,
        sex varchar(8) not null,
        guardian_name varchar(255),
        district_code varchar(4) not null,
        offense_date date not null,
        offense_description text not null,
        investigator varchar(255) not null,
        officer_id uuid not null references officer (id),
        social_worker varchar(255) not null,
        decided_on date not null,
        outcome varchar(20) not null check (outcome in ('RETURN_TO_PARENTS', 'PROGRAMME')),
        institution varchar(255),
        programme_months integer check (programme_months between 1 and 6),
        review_on date,
        recorded_by varchar(255) not null,
        recorded_at timestamptz not null,
        check ((outcome = 'PROGRAMME') = (institution is not null and programme_months is not null and review_on is not null))
      );
      create index under12_decision_officer_id_index on under12_decision (officer_id);
      create index under12_decision_district_code_index on under12_decision (district_code);
    `);
  }

  override async down(): Promise<void> {
    this.addSql('drop table under12_decision;');
  }
}
