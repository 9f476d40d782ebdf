import { Entity, Index, Property } from '@mikro-orm/postgresql';
import { ObjectType } from 'type-graphql';
import { UuidEntity } from '@hub/server';

/** A row about one client (an order, a referral, a guidance plan…): its id and the client's, indexed. */
@Entity({ abstract: true })
@ObjectType()
export abstract class ClientRecord extends UuidEntity {
  @Index() @Property({ type: 'uuid', fieldName: 'client_id' }) clientId!: string;
}

/** A row about one client kept by one PK (an assignment, a guidance plan, a supervision session). */
@Entity({ abstract: true })
@ObjectType()
export abstract class ClientOfficerRecord extends ClientRecord {
  @Property({ type: 'uuid', fieldName: 'officer_id' }) officerId!: string;
}
