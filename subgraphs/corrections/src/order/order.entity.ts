import { Entity, Index, Property } from '@mikro-orm/postgresql';
import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '@hub/federation';
import type { OrderKindCode } from '@hub/reference';
import { OrderKind, OrderStatus, type OrderStatusCode } from '../enums';
import { JudgmentConsiderations } from './considerations.input';
import { ClientRecord } from '../client/client-record.entity';

/** Legal basis printed on an order of each kind. */
export const LEGAL_BASIS: Record<OrderKindCode, string> = {
  KERJA_SOSIAL: 'KUHP Pasal 85',
  PELAYANAN_MASYARAKAT: 'UU 11/2012 (SPPA) Pasal 76',
};

/** A community-service order issued on a court decision. */
@Entity({ tableName: 'community_service_order' })
@ObjectType({
  description:
    'A community-service order (*pidana kerja sosial* for adults, KUHP Art. 85; *pidana pelayanan masyarakat* for children, SPPA Art. 76).',
})
@Directive('@key(fields: "id")')
export class CommunityServiceOrder extends ClientRecord {
  @Property({ type: 'uuid', fieldName: 'case_id' }) caseId!: string;

  /** The client's district when the order was issued; orders are executed there. */
  @Index() @Property({ type: 'string', length: 4, fieldName: 'district_code' }) districtCode!: string;

  @Property({ type: 'string', length: 24 })
  @Field(() => OrderKind, { description: 'Kind of order, which follows the age at the offence date.' })
  kind!: OrderKindCode;

  @Property({ type: 'integer', fieldName: 'ordered_hours' })
  @Field(() => Int, { description: 'Hours ordered by the court (*jumlah jam*).' })
  orderedHours!: number;

  @Property({ type: 'integer', fieldName: 'max_hours_per_day' })
  @Field(() => Int, {
    description:
      "Daily cap of hours as the judgment sets it, never above 8 (KUHP Art. 85(5)); when the judgment sets none, the rule set's default (8 for adults; 3 for children, which no statute fixes).",
  })
  maxHoursPerDay!: number;

  @Property({ type: 'string', length: 16, fieldName: 'daily_cap_source', nullable: true })
  @Field(() => String, {
    nullable: true,
    description:
      'Where the daily cap comes from: JUDGMENT (as ordered) or RULE_SET_DEFAULT; null for orders issued before it was recorded.',
  })
  dailyCapSource!: 'JUDGMENT' | 'RULE_SET_DEFAULT' | null;

  @Property({ type: 'integer', fieldName: 'replaced_prison_months', nullable: true })
  @Field(() => Int, {
    nullable: true,
    description: 'The prison term the order replaces, in months (KUHP Art. 85(1)); served if the order is breached (Art. 85(7)).',
  })
  replacedPrisonMonths!: number | null;

  @Property({ type: 'integer', fieldName: 'replaced_fine_rupiah', nullable: true })
  @Field(() => Int, {
    nullable: true,
    description:
      'The fine the order replaces, in rupiah (KUHP Art. 85(1) or Art. 82); paid if the order is breached (Art. 85(7)).',
  })
  replacedFineRupiah!: number | null;

  @Property({ type: 'text', fieldName: 'fine_conversion', nullable: true })
  @Field(() => String, {
    nullable: true,
    description:
      'For an unpaid fine replaced by hours: the precondition (KUHP Art. 82(1)), the part-payment (Art. 82(3)) and the arithmetic (Art. 82(4)).',
  })
  fineConversion!: string | null;

  @Property({ type: 'jsonb', nullable: true })
  @Field(() => JudgmentConsiderations, {
    nullable: true,
    description: "The judgment's considerations (KUHP Art. 85(2)) and the Litmas recommendation relied on.",
  })
  considerations!: JudgmentConsiderations | null;

  @Property({ type: 'date', fieldName: 'start_date' })
  @Field(() => DateScalar, { description: 'First day the hours may be worked.' })
  startDate!: string;

  @Property({ type: 'date' })
  @Field(() => DateScalar, { description: 'Last day to complete the hours (at most 6 months after the start, KUHP Art. 85(5)).' })
  deadline!: string;

  @Property({ type: 'string', fieldName: 'court_decision_number' })
  @Field({ description: 'Court decision number (*nomor putusan*).' })
  courtDecisionNumber!: string;

  @Index()
  @Property({ type: 'string', length: 20 })
  @Field(() => OrderStatus, { description: 'Status of the order.' })
  status!: OrderStatusCode;
}
