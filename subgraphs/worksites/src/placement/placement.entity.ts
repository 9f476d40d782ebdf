import { Entity, Index, Property } from '@mikro-orm/postgresql';
import { Directive, Field, ObjectType } from 'type-graphql';
import { DateScalar, District, IdentityAccess, type IdentityAccessCode } from '@hub/federation';
import type { OrderKindCode } from '@hub/reference';
import { PlacementStatus, type PlacementStatusCode } from '../enums';
import { UuidEntity } from '@hub/server';

/**
 * An order placed at a site (*penempatan*). The order's facts relied on when placing are kept as a
 * snapshot (ARCHITECTURE.md §3): the order itself lives in the corrections subgraph.
 */
@Entity({ tableName: 'placement' })
@ObjectType({ description: 'A community-service order placed at a work site (*penempatan*).' })
@Directive('@key(fields: "id")')
export class Placement extends UuidEntity {
  @Index() @Property({ type: 'uuid', fieldName: 'order_id' }) orderId!: string;

  @Index() @Property({ type: 'uuid', fieldName: 'site_id' }) siteId!: string;

  @Property({ type: 'string', nullable: true, fieldName: 'supervisor_name' })
  @Field(() => String, { nullable: true, description: 'Name of the site supervisor (*pengawas lapangan*).' })
  supervisorName!: string | null;

  @Property({ type: 'date', fieldName: 'start_date' })
  @Field(() => DateScalar, { description: 'First day at this site.' })
  startDate!: string;

  @Property({ type: 'date', nullable: true, fieldName: 'end_date' }) endDate!: string | null;

  @Index()
  @Property({ type: 'string', length: 12 })
  @Field(() => PlacementStatus, { description: 'Status of the placement.' })
  status!: PlacementStatusCode;

  @Property({ type: 'string', length: 24, fieldName: 'order_kind' }) orderKind!: OrderKindCode;

  @Property({ type: 'integer', fieldName: 'ordered_hours' }) orderedHours!: number;

  @Property({ type: 'integer', fieldName: 'max_hours_per_day' }) maxHoursPerDay!: number;

  @Property({ type: 'date', fieldName: 'order_start_date' }) orderStartDate!: string;

  @Property({ type: 'date', fieldName: 'order_deadline' }) orderDeadline!: string;

  @Property({ type: 'boolean', fieldName: 'person_is_child' }) personIsChild!: boolean;

  @Property({ type: 'string', length: 4, fieldName: 'person_district_code' }) personDistrictCode!: string;

  /** The order's district at Bapas when placed: the prosecutor of that district supervises it (KUHP Art. 85(8)). */
  @Index() @Property({ type: 'string', length: 4, fieldName: 'order_district_code' }) orderDistrictCode!: string;

  @Property({ type: 'string', length: 32, fieldName: 'person_initials' }) personInitials!: string;

  /** The Bapas client doing the hours: the daily cap counts all of one person's placements. */
  @Index() @Property({ type: 'uuid', nullable: true, fieldName: 'person_id' }) personId!: string | null;

  /** The PK responsible for the person when placed: with the site supervisor, the one who may record attendance. */
  @Property({ type: 'uuid', nullable: true, fieldName: 'officer_id' }) officerId: string | null = null;
}

/** The person doing the hours, as work-site staff see them: never more than the limited view. */
@ObjectType({
  description: 'The person doing the hours, in the limited view (*tampilan terbatas*): initials, district, child or adult.',
})
export class PlacementPerson {
  @Field({ description: 'Initials only (SPPA Art. 19).' }) displayName!: string;

  @Field(() => IdentityAccess, { description: 'Always LIMITED here.' }) identityAccess!: IdentityAccessCode;

  @Field({ description: "True when the order is a child's (*pelayanan masyarakat*)." }) isChild!: boolean;

  @Field(() => District, { description: 'District of residence.' }) district!: District;
}
