import { Migration } from '@mikro-orm/migrations';

/** Breach reports on community-service orders and their outcomes (KUHP Art. 85(7), 85(8); SPPA Art. 76(2)). */
export class Migration20261129181000Breach extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table breach_report (
        id uuid primary key,
        order_id uuid not null references community_service_order (id),
        district_code varchar(4) not null,
        filed_by_officer_id uuid references officer (id),
        filed_at timestamptz not null,
        unacceptable_absences integer not null check (unacceptable_absences > 0),
        absence_dates date[] not null,
        reasons text not null,
        status varchar(10) not null check (status in ('FILED', 'DECIDED')),
        outcome varchar(24) check (outcome in ('REPEAT_HOURS', 'SERVE_REPLACED_PRISON', 'PAY_REPLACED_FINE', 'NO_BREACH')),
        legal_basis varchar(255),
        amount integer check (amount > 0),
        decision_reference varchar(255),
        outcome_notes text,
        decided_by varchar(255),
        decided_at timestamptz,
        check ((status = 'DECIDED') = (outcome is not null and legal_basis is not null and decided_at is not null))
      );
      create index breach_report_order_id_index on breach_report (order_id);
      create index breach_report_district_status_index on breach_report (district_code, status);
      -- One report waits for its outcome per order at a time.
      create unique index breach_report_one_filed_per_order on breach_report (order_id) where status = 'FILED';
    `);
  }

  override async down(): Promise<void> {
    this.addSql('drop table breach_report;');
  }
}
