import { Migration } from '@mikro-orm/migrations';

/**
 * Indexes for the dashboards at scale: the ledger reads attendance by placement and day, capacity
 * counts active placements per site, the catalogue pages by name. `test/indexes.test.ts` fails when
 * one of these queries scans a table.
 */
export class Migration20261129000000Indexes extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create index attendance_record_placement_date_index on attendance_record (placement_id, date);
      create index placement_site_status_index on placement (site_id, status);
      create index placement_officer_id_index on placement (officer_id);
      create index work_site_page_index on work_site (name, id);
    `);
  }

  override async down(): Promise<void> {
    this.addSql(`
      drop index attendance_record_placement_date_index, placement_site_status_index, placement_officer_id_index,
        work_site_page_index;
    `);
  }
}
