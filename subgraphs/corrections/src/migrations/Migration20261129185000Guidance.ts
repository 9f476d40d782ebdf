import { Migration } from '@mikro-orm/migrations';

/** Guidance plans with a reporting duty (wajib lapor) and the reports made under it. */
export class Migration20261129185000Guidance extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table guidance_plan (
        id uuid primary key,
        client_id uuid not null unique references client (id),
        officer_id uuid not null references officer (id),
        starts_on date not null,
        ends_on date not null check (ends_on > starts_on),
        report_every_days integer not null check (report_every_days between 1 and 90),
        goals text not null
      );
      create table guidance_report (
        id uuid primary key,
        plan_id uuid not null references guidance_plan (id),
        due_on date not null,
        reported_on date not null,
        mode varchar(16) not null check (mode in ('OFFICE', 'PHONE', 'HOME_VISIT')),
        unique (plan_id, due_on)
      );
    `);
  }

  override async down(): Promise<void> {
    this.addSql('drop table guidance_report; drop table guidance_plan;');
  }
}
