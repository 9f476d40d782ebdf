import { Migration } from '@mikro-orm/migrations';

/**
 * Indexes for the dashboards at scale: every foreign key, and the list filters followed by the keyset
 * sort key and its tie-breaker. `test/indexes.test.ts` fails when one of these queries scans a table.
 */
export class Migration20261129000000Indexes extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create index psychosocial_service_provider_id_index on psychosocial_service (provider_id);
      create index assessment_caseworker_id_index on assessment (caseworker_id);
      create index referral_response_protection_case_id_index on referral_response (protection_case_id);
      create index protection_case_page_index on protection_case (case_number, id);
      create index protection_case_district_status_page_index on protection_case (district_code, status, case_number, id);
      create index protection_case_caseworker_page_index on protection_case (caseworker_id, case_number, id);
    `);
  }

  override async down(): Promise<void> {
    this.addSql(`
      drop index psychosocial_service_provider_id_index, assessment_caseworker_id_index,
        referral_response_protection_case_id_index, protection_case_page_index,
        protection_case_district_status_page_index, protection_case_caseworker_page_index;
    `);
  }
}
