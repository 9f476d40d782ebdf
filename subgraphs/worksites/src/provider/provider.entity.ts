import { Entity, Property } from '@mikro-orm/postgresql';
import { Directive, Field, ObjectType } from 'type-graphql';
import { ProviderKind, type ProviderKindCode } from '../enums';
import { UuidEntity } from '@hub/server';

/** An organisation that offers work sites (*penyedia lokasi kerja sosial*). */
@Entity({ tableName: 'provider' })
@ObjectType({ description: 'An organisation that offers community-service work sites (*penyedia lokasi kerja sosial*).' })
@Directive('@key(fields: "id")')
export class Provider extends UuidEntity {
  @Property({ type: 'string' }) @Field({ description: 'Name of the organisation.' }) name!: string;

  @Property({ type: 'string', length: 12 })
  @Field(() => ProviderKind, { description: 'Kind of organisation.' })
  kind!: ProviderKindCode;

  @Property({ type: 'string', length: 4, fieldName: 'district_code' }) districtCode!: string;
}
