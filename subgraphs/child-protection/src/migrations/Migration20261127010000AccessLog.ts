import { Migration } from '@mikro-orm/migrations';
import { ACCESS_LOG_DROP_SQL, ACCESS_LOG_TABLE_SQL } from '@hub/db';

/** The append-only access log of this agency's personal data (UU PDP Art. 31). */
export class Migration20261127010000AccessLog extends Migration {
  override async up(): Promise<void> {
    this.addSql(ACCESS_LOG_TABLE_SQL);
  }

  override async down(): Promise<void> {
    this.addSql(ACCESS_LOG_DROP_SQL);
  }
}
