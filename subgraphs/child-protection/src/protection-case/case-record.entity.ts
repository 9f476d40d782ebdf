import { Entity, Index, Property } from '@mikro-orm/postgresql';
import { ObjectType } from 'type-graphql';
import { UuidEntity } from '@hub/server';

/** A row of one protection case's file (an assessment, a plan, a service, an event): its id and the case's, indexed. */
@Entity({ abstract: true })
@ObjectType()
export abstract class ProtectionCaseRecord extends UuidEntity {
  @Index() @Property({ type: 'uuid', fieldName: 'protection_case_id' }) protectionCaseId!: string;
}
