import { Migration } from '@mikro-orm/migrations';

/**
 * Indexes for what the dashboards ask at a million clients: every foreign key (a cascade or a join
 * must not scan a table), the list filters followed by the keyset sort key and its tie-breaker (a page
 * is then read straight from the index, however deep), and trigram indexes for `ILIKE` search on the
 * name and the register number. `test/indexes.test.ts` fails when one of these queries scans a table.
 */
export class Migration20261129000000Indexes extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create extension if not exists pg_trgm;
      create index community_service_order_case_id_index on community_service_order (case_id);
      create index case_file_offense_id_index on case_file (offense_id);
      create index referral_sent_by_officer_id_index on referral (sent_by_officer_id);
      create index officer_assignment_officer_id_index on officer_assignment (officer_id);
      create index social_inquiry_report_officer_id_index on social_inquiry_report (officer_id);
      create index supervision_session_officer_id_index on supervision_session (officer_id);
      create index client_page_index on client (register_number, id);
      create index client_district_status_page_index on client (district_code, status, register_number, id);
      create index client_status_page_index on client (status, register_number, id);
      create index client_officer_page_index on client (officer_id, register_number, id);
      create index client_full_name_trgm_index on client using gin (full_name gin_trgm_ops);
      create index client_register_number_trgm_index on client using gin (register_number gin_trgm_ops);
      create index community_service_order_page_index on community_service_order (start_date, id);
      create index community_service_order_district_page_index on community_service_order (district_code, start_date, id);
      create index community_service_order_status_page_index on community_service_order (status, start_date, id);
      create index community_service_order_district_client_index on community_service_order (district_code, client_id);
      create index referral_inbox_page_index on referral (district_code, status, sent_at desc, id desc);
    `);
  }

  override async down(): Promise<void> {
    this.addSql(`
      drop index community_service_order_case_id_index, case_file_offense_id_index, referral_sent_by_officer_id_index,
        officer_assignment_officer_id_index, social_inquiry_report_officer_id_index, supervision_session_officer_id_index,
        client_page_index, client_district_status_page_index, client_status_page_index, client_officer_page_index,
        client_full_name_trgm_index, client_register_number_trgm_index, community_service_order_page_index,
        community_service_order_district_page_index, community_service_order_status_page_index,
        community_service_order_district_client_index, referral_inbox_page_index;
    `);
  }
}
