import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ConnectionOf, PayloadOf, PageArgsOf } from '@hub/federation';
import type { WorkSiteKindCode } from '@hub/reference';
import { WorkSiteKind } from '../enums';
import { WorkSite } from './site.entity';

@InputType({ description: 'A weekly availability window.' })
export class AvailabilitySlotInput {
  @Field(() => Int, { description: '1 = Monday … 7 = Sunday.' }) weekday!: number;

  @Field({ description: 'HH:MM' }) startTime!: string;

  @Field({ description: 'HH:MM' }) endTime!: string;
}

@InputType({ description: 'A work site of a provider; also used to update one (all fields).' })
export class WorkSiteInput {
  @Field() name!: string;

  @Field(() => WorkSiteKind) kind!: WorkSiteKindCode;

  @Field() districtCode!: string;

  @Field() address!: string;

  @Field(() => [String]) activities!: string[];

  @Field(() => Int) capacity!: number;

  @Field(() => [AvailabilitySlotInput]) availability!: AvailabilitySlotInput[];

  @Field() requiresProtectiveEquipment!: boolean;

  @Field() childSuitable!: boolean;

  @Field({ description: 'The provider confirms the work is not commercial (KUHP Art. 85(3)).' }) nonCommercialConfirmed!: boolean;
}

@InputType()
export class RegisterWorkSiteInput extends WorkSiteInput {
  @Field(() => ID) providerId!: string;

  @Field(() => String, { nullable: true }) idempotencyKey?: string | null;
}

@InputType()
export class UpdateWorkSiteInput extends WorkSiteInput {
  @Field(() => ID) siteId!: string;
}

@ObjectType({ description: 'The result of a change to a work site.' })
export class WorkSitePayload extends PayloadOf({ workSite: WorkSite }, { replayed: true }) {}

@InputType({ description: 'Filter for the work-site catalogue.' })
export class WorkSiteFilter {
  @Field(() => String, { nullable: true, description: 'BPS district code.' }) districtCode?: string | null;

  @Field(() => WorkSiteKind, { nullable: true }) kind?: WorkSiteKindCode | null;

  @Field(() => Boolean, { nullable: true, description: 'Only sites suitable (true) or not suitable (false) for children.' })
  childSuitable?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Only active (true) or deactivated (false) sites.' })
  active?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Only sites with a free place now.' }) hasFreeCapacity?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'Only sites open on this weekday (1 = Monday … 7 = Sunday).' })
  availableOn?: number | null;
}

@ArgsType()
export class WorkSitesArgs extends PageArgsOf(WorkSiteFilter) {}

@ObjectType({ description: 'A page of work sites (Relay connection).' })
export class WorkSiteConnection extends ConnectionOf(WorkSite, { edgeDescription: 'A site in a page of sites.' }) {}
