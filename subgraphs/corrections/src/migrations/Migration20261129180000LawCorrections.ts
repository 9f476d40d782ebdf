import { Migration } from '@mikro-orm/migrations';

/**
 * The law read again: the order keeps the daily cap's source, what it replaced (KUHP Art. 85(1)),
 * an unpaid fine's conversion (Art. 82) and the judgment's considerations (Art. 85(2)); the case keeps
 * its diversion trigger (SPPA Art. 29(1), 42(1), 52(2)); a Litmas keeps why it is due when it is.
 * Every new column is nullable: rows written before keep their meaning.
 */
export class Migration20261129180000LawCorrections extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      alter table community_service_order
        add column daily_cap_source varchar(16) check (daily_cap_source in ('JUDGMENT', 'RULE_SET_DEFAULT')),
        add column replaced_prison_months integer check (replaced_prison_months > 0),
        add column replaced_fine_rupiah integer check (replaced_fine_rupiah > 0),
        add column fine_conversion text,
        add column considerations jsonb,
        add constraint community_service_order_daily_cap_check check (max_hours_per_day between 1 and 8);
      alter table case_file
        add column diversion_trigger varchar(40)
          check (diversion_trigger in ('INVESTIGATION_STARTED', 'CASE_FILE_RECEIVED_BY_PROSECUTOR', 'JUDGE_DESIGNATED')),
        add column diversion_triggered_on date;
      alter table social_inquiry_report
        add column requester_kind varchar(32),
        add column due_basis text;
    `);
  }

  override async down(): Promise<void> {
    this.addSql(`
      alter table community_service_order
        drop constraint community_service_order_daily_cap_check,
        drop column daily_cap_source, drop column replaced_prison_months, drop column replaced_fine_rupiah,
        drop column fine_conversion, drop column considerations;
      alter table case_file drop column diversion_trigger, drop column diversion_triggered_on;
      alter table social_inquiry_report drop column requester_kind, drop column due_basis;
    `);
  }
}
