import { Migration } from '@mikro-orm/migrations';

/** Every change to a site keeps the earlier version (updates and deactivation never lose history). */
export class Migration20261127040000SiteHistory extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table work_site_version (
        id bigserial primary key,
        site_id uuid not null references work_site (id),
        changed_at timestamptz not null default now(),
        changed_by varchar(255) not null,
        change varchar(32) not null,
        snapshot jsonb not null
      );
      create index work_site_version_site_id_index on work_site_version (site_id, changed_at);
      alter table work_site add column non_commercial_confirmed boolean not null default true;
    `);
  }

  override async down(): Promise<void> {
    this.addSql('drop table work_site_version; alter table work_site drop column non_commercial_confirmed;');
  }
}
