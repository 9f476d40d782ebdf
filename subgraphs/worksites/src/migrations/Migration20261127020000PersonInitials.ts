import { Migration } from '@mikro-orm/migrations';

/** The placement keeps the person's initials: work-site staff only ever get the limited view (DOMAIN.md §4). */
export class Migration20261127020000PersonInitials extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table placement add column person_initials varchar(32) not null default '';`);
  }

  override async down(): Promise<void> {
    this.addSql('alter table placement drop column person_initials;');
  }
}
