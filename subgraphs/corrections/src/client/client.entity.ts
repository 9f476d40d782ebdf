import { Entity, Index, Property } from '@mikro-orm/postgresql';
import { Directive, Field, ObjectType } from 'type-graphql';
import { Sex, type SexCode } from '@hub/federation';
import { ClientCategory, ClientStatus, type ClientCategoryCode, type ClientStatusCode } from '../enums';
import { UuidEntity } from '@hub/server';

/**
 * A Bapas client (*klien pemasyarakatan*). The identity set (full name, NIK, birth date, address,
 * guardian) is exposed only through field resolvers that check the viewer's access.
 */
@Entity({ tableName: 'client' })
@ObjectType({
  description: 'A person under Bapas guidance (*klien pemasyarakatan*): a child in conflict with the law or an adult.',
})
@Directive('@key(fields: "id")')
export class Client extends UuidEntity {
  @Property({ type: 'string', unique: true, fieldName: 'register_number' })
  @Field({ description: 'Bapas register number (*nomor register*).' })
  registerNumber!: string;

  @Property({ type: 'string', fieldName: 'full_name' }) fullName!: string;

  @Property({ type: 'string', length: 16 }) nik!: string;

  @Property({ type: 'date', fieldName: 'birth_date' }) birthDate!: string;

  @Property({ type: 'text' }) address!: string;

  @Property({ type: 'string', nullable: true, fieldName: 'guardian_name' }) guardianName!: string | null;

  @Property({ type: 'string', length: 6 }) @Field(() => Sex, { description: 'Sex (*jenis kelamin*).' }) sex!: SexCode;

  @Index() @Property({ type: 'string', length: 4, fieldName: 'district_code' }) districtCode!: string;

  @Index()
  @Property({ type: 'string', length: 20 })
  @Field(() => ClientCategory, { description: 'Child in conflict with the law or adult, from the age at the offence date.' })
  category!: ClientCategoryCode;

  @Index()
  @Property({ type: 'string', length: 20 })
  @Field(() => ClientStatus, { description: 'Lifecycle status (*status klien*).' })
  status!: ClientStatusCode;

  @Index() @Property({ type: 'uuid', nullable: true, fieldName: 'officer_id' }) officerId!: string | null;

  @Property({ type: 'timestamptz', fieldName: 'registered_at' }) registeredAt!: Date;
}
