import { Entity, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { Field, ObjectType, registerEnumType } from 'type-graphql';

export const Decision = { ACCEPTED: 'ACCEPTED', DECLINED: 'DECLINED' } as const;
export type DecisionCode = keyof typeof Decision;
registerEnumType(Decision, {
  name: 'ReferralDecision',
  description: 'DP3AP2KB accepted the referral (a case is opened) or declined it.',
});

/** DP3AP2KB's answer to a Bapas referral, with the facts it relied on. */
@Entity({ tableName: 'referral_response' })
@ObjectType({ description: "DP3AP2KB's response to a Bapas referral (*tanggapan rujukan*)." })
export class ReferralResponse {
  @PrimaryKey({ type: 'uuid' }) id!: string;

  @Property({ type: 'uuid', unique: true, fieldName: 'referral_id' }) referralId!: string;

  @Property({ type: 'string', length: 10 }) @Field(() => Decision) decision!: DecisionCode;

  @Property({ type: 'string', fieldName: 'decided_by' })
  @Field({ description: 'Who decided (the case manager).' })
  decidedBy!: string;

  @Property({ type: 'timestamptz', fieldName: 'decided_at' }) @Field(() => Date) decidedAt!: Date;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Why (required when declined).' })
  reason!: string | null;

  @Property({ type: 'uuid', nullable: true, fieldName: 'protection_case_id' }) protectionCaseId!: string | null;

  @Property({ type: 'jsonb', fieldName: 'referral_snapshot' }) referralSnapshot!: Record<string, unknown>;
}
