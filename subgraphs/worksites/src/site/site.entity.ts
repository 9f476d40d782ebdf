import { Entity, Index, Property } from '@mikro-orm/postgresql';
import { Directive, Field, Int, ObjectType } from 'type-graphql';
import type { WorkSiteKindCode } from '@hub/reference';
import { WorkSiteKind } from '../enums';
import { UuidEntity } from '@hub/server';

/** A weekly availability window of a site. */
@ObjectType({ description: 'A weekly window when the site takes people (*jadwal*).' })
export class AvailabilitySlot {
  @Field(() => Int, { description: 'ISO weekday: 1 = Monday (*Senin*) … 7 = Sunday (*Minggu*).' }) weekday!: number;

  @Field({ description: 'Start time, HH:MM, Asia/Jakarta.' }) startTime!: string;

  @Field({ description: 'End time, HH:MM, Asia/Jakarta.' }) endTime!: string;
}

/** A place where community service is done (*lokasi kerja sosial*). */
@Entity({ tableName: 'work_site' })
@ObjectType({ description: 'A place where community service is done (*lokasi kerja sosial*).' })
@Directive('@key(fields: "id")')
export class WorkSite extends UuidEntity {
  @Index() @Property({ type: 'uuid', fieldName: 'provider_id' }) providerId!: string;

  @Property({ type: 'string' }) @Field({ description: 'Name of the site.' }) name!: string;

  @Index()
  @Property({ type: 'string', length: 20 })
  @Field(() => WorkSiteKind, { description: 'Kind of site.' })
  kind!: WorkSiteKindCode;

  @Index() @Property({ type: 'string', length: 4, fieldName: 'district_code' }) districtCode!: string;

  @Property({ type: 'text' }) @Field({ description: 'Address of the site (*alamat lokasi*).' }) address!: string;

  @Property({ type: 'text[]' })
  @Field(() => [String], { description: 'Activities offered (*kegiatan*), e.g. "cleaning the yard".' })
  activities!: string[];

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'How many people the site can take at once (*kapasitas*).' })
  capacity!: number;

  @Property({ type: 'boolean', fieldName: 'child_suitable' })
  @Field({ description: "Suitable for children (*layak anak*): only such sites may take a child's order." })
  childSuitable!: boolean;

  @Property({ type: 'boolean', fieldName: 'requires_protective_equipment' })
  @Field({ description: 'Personal protective equipment (*APD*) is needed.' })
  requiresProtectiveEquipment!: boolean;

  @Property({ type: 'jsonb' })
  @Field(() => [AvailabilitySlot], { description: 'Weekly availability windows.' })
  availability!: AvailabilitySlot[];

  @Property({ type: 'boolean' })
  @Field({ description: 'False once the site is deactivated; its history is kept.' })
  active!: boolean;

  @Property({ type: 'boolean', fieldName: 'non_commercial_confirmed' })
  @Field({ description: 'The provider confirmed the work is not commercial (KUHP Art. 85(3)).' })
  nonCommercialConfirmed: boolean = true;
}
