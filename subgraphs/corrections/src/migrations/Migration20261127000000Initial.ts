import { Migration } from '@mikro-orm/migrations';

/** Officers, clients, the offence catalogue, cases and community-service orders. */
export class Migration20261127000000Initial extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table officer (
        id uuid primary key,
        nip varchar(18) not null unique check (nip ~ '^[0-9]{18}$'),
        name varchar(255) not null,
        office varchar(255) not null,
        district_code varchar(4) not null
      );
      create table client (
        id uuid primary key,
        register_number varchar(255) not null unique,
        full_name varchar(255) not null,
        nik varchar(16) not null check (nik ~ '^[0-9]{16}$'),
        birth_date date not null,
        address text not null,
        guardian_name varchar(255),
        sex varchar(6) not null check (sex in ('MALE', 'FEMALE')),
        district_code varchar(4) not null,
        category varchar(20) not null check (category in ('CHILD_IN_CONFLICT', 'ADULT')),
        status varchar(20) not null,
        officer_id uuid references officer (id),
        registered_at timestamptz not null
      );
      create index client_district_code_index on client (district_code);
      create index client_category_index on client (category);
      create index client_status_index on client (status);
      create index client_officer_id_index on client (officer_id);
      create table offense (
        id uuid primary key,
        code varchar(255) not null unique,
        title varchar(255) not null,
        title_id varchar(255) not null,
        statute varchar(255) not null,
        article varchar(255) not null,
        max_term_months integer not null check (max_term_months > 0)
      );
      create table case_file (
        id uuid primary key,
        case_number varchar(255) not null unique,
        client_id uuid not null references client (id),
        offense_id uuid not null references offense (id),
        offense_date date not null,
        stage varchar(20) not null,
        repeat_offense boolean not null default false,
        diversion_status varchar(20) not null,
        diversion_started_on date
      );
      create index case_file_client_id_index on case_file (client_id);
      create table community_service_order (
        id uuid primary key,
        client_id uuid not null references client (id),
        case_id uuid not null references case_file (id),
        district_code varchar(4) not null,
        kind varchar(24) not null check (kind in ('KERJA_SOSIAL', 'PELAYANAN_MASYARAKAT')),
        ordered_hours integer not null check (ordered_hours > 0),
        max_hours_per_day integer not null check (max_hours_per_day between 1 and 8),
        start_date date not null,
        deadline date not null check (deadline >= start_date),
        court_decision_number varchar(255) not null,
        status varchar(20) not null
      );
      create index community_service_order_client_id_index on community_service_order (client_id);
      create index community_service_order_district_code_index on community_service_order (district_code);
      create index community_service_order_status_index on community_service_order (status);
    `);
  }

  override async down(): Promise<void> {
    this.addSql(
      'drop table community_service_order; drop table case_file; drop table offense; drop table client; drop table officer;',
    );
  }
}
