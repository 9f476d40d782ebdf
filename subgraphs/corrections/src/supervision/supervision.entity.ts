import { Entity, Property } from '@mikro-orm/postgresql';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from '@hub/federation';
import { ClientOfficerRecord } from '../client/client-record.entity';

export const SESSION_KINDS = ['OFFICE_VISIT', 'HOME_VISIT', 'PHONE'] as const;
export type SessionKindCode = (typeof SESSION_KINDS)[number];
export const SessionKind = Object.fromEntries(SESSION_KINDS.map((v) => [v, v])) as { [K in SessionKindCode]: K };
registerEnumType(SessionKind, {
  name: 'SupervisionSessionKind',
  description: 'How the PK met the client: at the office (*wajib lapor*), a home visit (*kunjungan rumah*), or by phone.',
});

/** A supervision session of a PK with a client (*pembimbingan dan pengawasan*). */
@Entity({ tableName: 'supervision_session' })
@ObjectType({
  description: 'A supervision session of the PK with the client (*pembimbingan*). Place and summary are for FULL viewers only.',
})
export class SupervisionSession extends ClientOfficerRecord {
  @Property({ type: 'date', fieldName: 'held_on' })
  @Field(() => DateScalar, { description: 'The day of the session.' })
  heldOn!: string;

  @Property({ type: 'string', length: 16 }) @Field(() => SessionKind) kind!: SessionKindCode;

  @Property({ type: 'text' }) place!: string;

  @Property({ type: 'text' }) summary!: string;

  @Property({ type: 'timestamptz', fieldName: 'recorded_at' }) @Field(() => Date) recordedAt!: Date;
}
