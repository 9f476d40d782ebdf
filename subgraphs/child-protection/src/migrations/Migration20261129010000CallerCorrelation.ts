import { Migration } from '@mikro-orm/migrations';
import { ACCESS_LOG_CALLER_CORRELATION_DROP_SQL, ACCESS_LOG_CALLER_CORRELATION_SQL } from '@hub/db';

/** The access log keeps the caller's correlation id apart from the hub's own. */
export class Migration20261129010000CallerCorrelation extends Migration {
  override async up(): Promise<void> {
    this.addSql(ACCESS_LOG_CALLER_CORRELATION_SQL);
  }

  override async down(): Promise<void> {
    this.addSql(ACCESS_LOG_CALLER_CORRELATION_DROP_SQL);
  }
}
