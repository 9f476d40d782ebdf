import { Migration } from '@mikro-orm/migrations';

/** Who closed a referral, when and why: DP3AP2KB declining it ends the sharing of the child's identity. */
export class Migration20261129200000ReferralClosure extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      alter table referral add column closed_at timestamptz, add column closed_by text, add column closure_reason text;
    `);
  }

  override async down(): Promise<void> {
    this.addSql('alter table referral drop column closed_at, drop column closed_by, drop column closure_reason;');
  }
}
