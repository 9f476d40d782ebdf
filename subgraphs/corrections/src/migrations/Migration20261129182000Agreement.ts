import { Migration } from '@mikro-orm/migrations';

/**
 * Cooperation agreements (PKS) as data: parties, signatories, term and scope. Cross-agency identity
 * sharing needs one in force; with none registered, nothing is shared (deny by default).
 */
export class Migration20261129182000Agreement extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table cooperation_agreement (
        id uuid primary key,
        number varchar(255) not null unique,
        title text not null,
        signed_on date not null,
        effective_from date not null check (effective_from >= signed_on),
        effective_until date check (effective_until >= effective_from),
        terminated_on date,
        termination_reason text,
        district_codes text[] not null,
        parties jsonb not null,
        signatories jsonb not null,
        services text[] not null,
        data_sharing jsonb not null,
        check ((terminated_on is null) = (termination_reason is null))
      );
    `);
  }

  override async down(): Promise<void> {
    this.addSql('drop table cooperation_agreement;');
  }
}
