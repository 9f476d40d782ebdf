import { Migration } from '@mikro-orm/migrations';

/** Providers, work sites, placements and the attendance ledger. */
export class Migration20261127000000Initial extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table provider (
        id uuid primary key,
        name varchar(255) not null,
        kind varchar(12) not null,
        district_code varchar(4) not null
      );
      create table work_site (
        id uuid primary key,
        provider_id uuid not null references provider (id),
        name varchar(255) not null,
        kind varchar(20) not null,
        district_code varchar(4) not null,
        address text not null,
        activities text[] not null default '{}',
        capacity integer not null check (capacity > 0),
        child_suitable boolean not null,
        requires_protective_equipment boolean not null,
        availability jsonb not null default '[]',
        active boolean not null default true
      );
      create index work_site_provider_id_index on work_site (provider_id);
      create index work_site_kind_index on work_site (kind);
      create index work_site_district_code_index on work_site (district_code);
      create table placement (
        id uuid primary key,
        order_id uuid not null,
        site_id uuid not null references work_site (id),
        supervisor_name varchar(255),
        start_date date not null,
        end_date date,
        status varchar(12) not null check (status in ('ACTIVE', 'COMPLETED', 'TRANSFERRED', 'REVOKED')),
        order_kind varchar(24) not null,
        ordered_hours integer not null,
        max_hours_per_day integer not null,
        order_start_date date not null,
        order_deadline date not null,
        person_is_child boolean not null,
        person_district_code varchar(4) not null
      );
      create index placement_order_id_index on placement (order_id);
      create index placement_site_id_index on placement (site_id);
      create index placement_status_index on placement (status);
      create table attendance_record (
        id uuid primary key,
        placement_id uuid not null references placement (id),
        date date not null,
        hours numeric(4, 2) not null check (hours >= 0 and hours <= 8),
        outcome varchar(24) not null check (outcome in ('ATTENDED', 'SENT_HOME', 'ACCEPTABLE_ABSENCE', 'UNACCEPTABLE_ABSENCE', 'RESCHEDULED')),
        activity text,
        recorded_at timestamptz not null,
        check (outcome = 'ATTENDED' or hours = 0)
      );
      create index attendance_record_placement_id_index on attendance_record (placement_id);
    `);
  }

  override async down(): Promise<void> {
    this.addSql('drop table attendance_record; drop table placement; drop table work_site; drop table provider;');
  }
}
