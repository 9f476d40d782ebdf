import { Field, InputType } from 'type-graphql';
import { ClientCategory, ClientStatus, type ClientCategoryCode, type ClientStatusCode } from '../enums';

@InputType({ description: 'Filter for the client list.' })
export class ClientFilter {
  @Field(() => String, { nullable: true, description: 'BPS district code, e.g. "1507".' })
  districtCode?: string | null;

  @Field(() => ClientCategory, { nullable: true, description: 'Child in conflict with the law or adult.' })
  category?: ClientCategoryCode | null;

  @Field(() => ClientStatus, { nullable: true, description: 'Lifecycle status.' })
  status?: ClientStatusCode | null;
}
