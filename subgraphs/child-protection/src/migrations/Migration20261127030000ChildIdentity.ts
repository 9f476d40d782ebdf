import { Migration } from '@mikro-orm/migrations';

/**
 * The identity of a child victim or witness: kept here, at DP3AP2KB, never at Bapas (DOMAIN.md §4).
 * Intake details (place, perpetrator relationship) go with the case.
 */
export class Migration20261127030000ChildIdentity extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table child_identity (
        protection_case_id uuid primary key references protection_case (id),
        full_name varchar(255) not null,
        birth_date date not null,
        address text,
        guardian_name varchar(255)
      );
      alter table protection_case add column place varchar(32), add column perpetrator_relationship varchar(32);
    `);
  }

  override async down(): Promise<void> {
    this.addSql(
      'drop table child_identity; alter table protection_case drop column place, drop column perpetrator_relationship;',
    );
  }
}
