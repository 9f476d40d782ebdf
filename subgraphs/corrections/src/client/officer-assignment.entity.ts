import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/postgresql';

/** One assignment of a PK to a client; a reassignment ends the previous one (history is kept). */
@Entity({ tableName: 'officer_assignment' })
export class OfficerAssignment {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Index()
  @Property({ type: 'uuid', fieldName: 'client_id' })
  clientId!: string;

  @Property({ type: 'uuid', fieldName: 'officer_id' })
  officerId!: string;

  @Property({ type: 'timestamptz', fieldName: 'assigned_at' })
  assignedAt!: Date;

  @Property({ type: 'string', fieldName: 'assigned_by' })
  assignedBy!: string;

  @Property({ type: 'text', nullable: true })
  reason!: string | null;

  @Property({ type: 'timestamptz', nullable: true, fieldName: 'ended_at' })
  endedAt!: Date | null;
}
