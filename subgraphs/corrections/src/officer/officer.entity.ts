import { Entity, Property } from '@mikro-orm/postgresql';
import { Directive, Field, ObjectType } from 'type-graphql';
import { UuidEntity } from '@hub/server';

/** A probation officer (*Pembimbing Kemasyarakatan*, PK) of Bapas. */
@Entity({ tableName: 'officer' })
@ObjectType({ description: 'A probation officer of Bapas (*Pembimbing Kemasyarakatan*, PK).' })
@Directive('@key(fields: "id")')
export class Officer extends UuidEntity {
  @Property({ type: 'string', length: 18, unique: true })
  @Field({ description: 'Civil-servant number (*NIP*), 18 digits.' })
  nip!: string;

  @Property({ type: 'string' }) @Field({ description: 'Full name of the officer.' }) name!: string;

  @Property({ type: 'string' }) @Field({ description: 'Office (*kantor*), e.g. "Bapas Kelas I Jambi".' }) office!: string;

  @Property({ type: 'string', length: 4, fieldName: 'district_code' }) districtCode!: string;
}
