import { Migration } from '@mikro-orm/migrations';

/** Referrals of clients to DP3AP2KB; an OPEN one shares the client's identity with the referred district. */
export class Migration20261127020000Referral extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table referral (
        id uuid primary key,
        client_id uuid not null references client (id),
        to_agency varchar(16) not null check (to_agency in ('DP3AP2KB')),
        district_code varchar(4) not null,
        services text[] not null check (cardinality(services) > 0),
        reason text not null,
        sent_at timestamptz not null,
        sent_by_officer_id uuid not null references officer (id),
        status varchar(12) not null check (status in ('OPEN', 'WITHDRAWN', 'CLOSED'))
      );
      create index referral_client_id_index on referral (client_id);
      create index referral_district_status_index on referral (district_code, status);
    `);
  }

  override async down(): Promise<void> {
    this.addSql('drop table referral;');
  }
}
