import { Entity, Property } from '@mikro-orm/postgresql';
import { Field, ObjectType } from 'type-graphql';
import { ClientOfficerRecord } from './client-record.entity';

/** One assignment of a PK to a client; a reassignment ends the previous one (history is kept). */
@Entity({ tableName: 'officer_assignment' })
@ObjectType({ description: 'One assignment of a PK to the client (*penunjukan PK*); reassignments keep the history.' })
export class OfficerAssignment extends ClientOfficerRecord {
  @Property({ type: 'timestamptz', fieldName: 'assigned_at' }) @Field(() => Date) assignedAt!: Date;

  @Property({ type: 'string', fieldName: 'assigned_by' })
  @Field({ description: 'Who assigned (the head of Bapas).' })
  assignedBy!: string;

  @Property({ type: 'text', nullable: true }) @Field(() => String, { nullable: true }) reason!: string | null;

  @Property({ type: 'timestamptz', nullable: true, fieldName: 'ended_at' })
  @Field(() => Date, { nullable: true, description: 'When a reassignment ended it.' })
  endedAt!: Date | null;
}
