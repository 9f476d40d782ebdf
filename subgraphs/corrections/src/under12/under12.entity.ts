import { Entity, Index, Property } from '@mikro-orm/postgresql';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar, Sex, type SexCode } from '@hub/federation';
import { enumObject } from '@hub/reference';
import { UuidEntity } from '@hub/server';

export const UNDER12_OUTCOMES = ['RETURN_TO_PARENTS', 'PROGRAMME'] as const;
export type Under12OutcomeCode = (typeof UNDER12_OUTCOMES)[number];
export const Under12Outcome = enumObject(UNDER12_OUTCOMES);
registerEnumType(Under12Outcome, {
  name: 'Under12Outcome',
  description:
    'The decision for a child under 12 (SPPA Art. 21(1); KUHP Art. 41): returned to the parents or guardian (*diserahkan kembali kepada orang tua/wali*), or a programme of education, guidance and care at a government agency or LPKS (*program pendidikan, pembinaan dan pembimbingan*) for at most 6 months.',
});

/**
 * The decision the investigator, the PK and a professional social worker take together for a child
 * under 12 at the offence (SPPA Art. 21; KUHP Art. 41). The child is never a client of criminal
 * proceedings: this record stands instead of a registration.
 */
@Entity({ tableName: 'under12_decision' })
@ObjectType({
  description:
    'A decision for a child under 12 (*keputusan bagi anak belum berumur 12 tahun*, SPPA Art. 21; KUHP Art. 41), taken by the investigator, the PK and a professional social worker. Not a client record.',
})
export class Under12Decision extends UuidEntity {
  @Property({ type: 'string', fieldName: 'child_full_name' })
  @Field({ description: "The child's full name; identity set (SPPA Art. 19)." })
  childFullName!: string;

  @Property({ type: 'date', fieldName: 'child_birth_date' })
  @Field(() => DateScalar, { description: "The child's birth date; identity set." })
  childBirthDate!: string;

  @Property({ type: 'string', length: 8 }) @Field(() => Sex) sex!: SexCode;

  @Property({ type: 'string', nullable: true, fieldName: 'guardian_name' })
  @Field(() => String, { nullable: true, description: 'Parent or guardian (*orang tua/wali*); identity set.' })
  guardianName!: string | null;

  @Index() @Property({ type: 'string', length: 4, fieldName: 'district_code' }) districtCode!: string;

  @Property({ type: 'date', fieldName: 'offense_date' }) @Field(() => DateScalar) offenseDate!: string;

  @Property({ type: 'text', fieldName: 'offense_description' })
  @Field({ description: 'What the child is alleged to have done, in words.' })
  offenseDescription!: string;

  @Property({ type: 'string', fieldName: 'investigator' })
  @Field({ description: 'The investigator (*penyidik*) who took part: name and unit.' })
  investigator!: string;

  @Index() @Property({ type: 'uuid', fieldName: 'officer_id' }) officerId!: string;

  @Property({ type: 'string', fieldName: 'social_worker' })
  @Field({ description: 'The professional social worker (*pekerja sosial profesional*) who took part.' })
  socialWorker!: string;

  @Property({ type: 'date', fieldName: 'decided_on' }) @Field(() => DateScalar) decidedOn!: string;

  @Property({ type: 'string', length: 20 }) @Field(() => Under12Outcome) outcome!: Under12OutcomeCode;

  @Property({ type: 'string', nullable: true })
  @Field(() => String, { nullable: true, description: 'The institution of the programme (government agency or LPKS).' })
  institution!: string | null;

  @Property({ type: 'integer', nullable: true, fieldName: 'programme_months' })
  @Field(() => Int, { nullable: true, description: 'Length of the programme, at most 6 months (SPPA Art. 21(1)(b)).' })
  programmeMonths!: number | null;

  @Property({ type: 'date', nullable: true, fieldName: 'review_on' })
  @Field(() => DateScalar, {
    nullable: true,
    description: "When Bapas evaluates the programme (SPPA Art. 21(3)): at the programme's end at the latest.",
  })
  reviewOn!: string | null;

  @Property({ type: 'string', fieldName: 'recorded_by' }) recordedBy!: string;

  @Property({ type: 'timestamptz', fieldName: 'recorded_at' }) @Field(() => Date) recordedAt!: Date;
}
