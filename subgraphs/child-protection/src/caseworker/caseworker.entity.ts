import { Entity, Property } from '@mikro-orm/postgresql';
import { Directive, Field, ObjectType } from 'type-graphql';
import { Profession, type ProfessionCode } from '../enums';
import { UuidEntity } from '@hub/server';

/** A DP3AP2KB / UPTD PPA caseworker (*pendamping*). */
@Entity({ tableName: 'caseworker' })
@ObjectType({
  description: 'A DP3AP2KB / UPTD PPA caseworker (*pendamping*): social worker, psychologist, counsellor or legal aid.',
})
@Directive('@key(fields: "id")')
export class Caseworker extends UuidEntity {
  @Property({ type: 'string' }) @Field({ description: 'Full name.' }) name!: string;

  @Property({ type: 'string', length: 20 }) @Field(() => Profession, { description: 'Profession.' }) profession!: ProfessionCode;

  @Property({ type: 'string', length: 4, fieldName: 'district_code' }) districtCode!: string;
}
