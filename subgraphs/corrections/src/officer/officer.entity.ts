import { Entity, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** A probation officer (*Pembimbing Kemasyarakatan*, PK) of Bapas. */
@Entity({ tableName: 'officer' })
@ObjectType({ description: 'A probation officer of Bapas (*Pembimbing Kemasyarakatan*, PK).' })
@Directive('@key(fields: "id")')
export class Officer {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID)
  id!: string;

  @Property({ type: 'string', length: 18, unique: true })
  @Field({ description: 'Civil-servant number (*NIP*), 18 digits.' })
  nip!: string;

  @Property({ type: 'string' })
  @Field({ description: 'Full name of the officer.' })
  name!: string;

  @Property({ type: 'string' })
  @Field({ description: 'Office (*kantor*), e.g. "Bapas Kelas I Jambi".' })
  office!: string;

  @Property({ type: 'string', length: 4, fieldName: 'district_code' })
  districtCode!: string;
}
