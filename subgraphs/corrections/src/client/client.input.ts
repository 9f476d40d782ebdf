import { Field, ID, InputType } from 'type-graphql';
import { ClientCategory, ClientStatus, type ClientCategoryCode, type ClientStatusCode } from '../enums';

@InputType({ description: 'Filter for the client list.' })
export class ClientFilter {
  @Field(() => String, { nullable: true, description: 'BPS district code, e.g. "1507".' })
  districtCode?: string | null;

  @Field(() => ClientCategory, { nullable: true, description: 'Child in conflict with the law or adult.' })
  category?: ClientCategoryCode | null;

  @Field(() => ClientStatus, { nullable: true, description: 'Lifecycle status.' })
  status?: ClientStatusCode | null;

  @Field(() => ID, { nullable: true, description: 'Only clients assigned to this PK.' })
  officerId?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Text search: the start of the register number; also the name, for viewers who see full identities (head of Bapas, PK).',
  })
  search?: string | null;
}
