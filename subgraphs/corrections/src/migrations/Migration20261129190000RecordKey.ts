import { Migration } from '@mikro-orm/migrations';

/**
 * Each client's permanent random record key for the statistics' cell-key method (README,
 * "Aggregates"), so that cells and their keys are summed by the database in one GROUP BY instead of
 * loading every client. A volatile default is evaluated per row when the column is added, so existing
 * clients get their own key too. The key is never published (only cells' rounded counts are) and says
 * nothing about the client; knowing it needs the database, which holds the true counts anyway.
 */
export class Migration20261129190000RecordKey extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table client add column record_key bigint not null default floor(random() * 4294967296)::bigint;');
  }

  override async down(): Promise<void> {
    this.addSql('alter table client drop column record_key;');
  }
}
