import { Migration } from '@mikro-orm/migrations';

/**
 * The order's district is kept on the placement, so that a prosecutor's scope (their district) is
 * decided here without asking Bapas. Orders are issued in the client's district, which placements
 * already kept. (The placement's officer index comes with Migration20261129000000Indexes.)
 */
export class Migration20261129000000PlacementScope extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      alter table placement add column order_district_code varchar(4);
      update placement set order_district_code = person_district_code;
      alter table placement alter column order_district_code set not null;
      create index placement_order_district_code_index on placement (order_district_code);
    `);
  }

  override async down(): Promise<void> {
    this.addSql('alter table placement drop column order_district_code;');
  }
}
