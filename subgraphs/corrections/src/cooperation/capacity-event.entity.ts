import { Entity, Property } from '@mikro-orm/postgresql';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from '@hub/federation';
import { enumObject } from '@hub/reference';
import { UuidEntity } from '@hub/server';

export const CAPACITY_EVENT_KINDS = ['TRAINING', 'SOCIALISATION', 'COORDINATION_MEETING', 'EVALUATION_MEETING'] as const;
export type CapacityEventKindCode = (typeof CAPACITY_EVENT_KINDS)[number];
export const CapacityEventKind = enumObject(CAPACITY_EVENT_KINDS);
registerEnumType(CapacityEventKind, {
  name: 'CapacityEventKind',
  description:
    'Capacity building under the agreement: training (*pelatihan*), socialisation (*sosialisasi*), coordination meeting (*rapat koordinasi*), evaluation meeting (*rapat monitoring dan evaluasi*).',
});

/** A capacity-building or socialisation event held under the cooperation agreement. */
@Entity({ tableName: 'capacity_building_event' })
@ObjectType({ description: 'A capacity-building or socialisation event under the agreement (*kegiatan peningkatan kapasitas*).' })
export class CapacityBuildingEvent extends UuidEntity {
  @Property({ type: 'date', fieldName: 'held_on' }) @Field(() => DateScalar) heldOn!: string;

  @Property({ type: 'string', length: 24 })
  @Field({ description: 'The organising agency, e.g. "BAPAS", "DP3AP2KB".' })
  agency!: string;

  @Property({ type: 'string', length: 4, fieldName: 'district_code' }) districtCode!: string;

  @Property({ type: 'string', length: 24 }) @Field(() => CapacityEventKind) kind!: CapacityEventKindCode;

  @Property({ type: 'text' }) @Field() title!: string;

  @Property({ type: 'integer' }) @Field(() => Int, { description: 'Number of participants.' }) participants!: number;
}
