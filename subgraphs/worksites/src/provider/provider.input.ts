import { Field, InputType, ObjectType } from 'type-graphql';
import { PayloadOf } from '@hub/federation';
import { ProviderKind, type ProviderKindCode } from '../enums';
import { Provider } from './provider.entity';

@InputType({ description: 'A work-site provider (*penyedia*).' })
export class RegisterProviderInput {
  @Field()
  name!: string;

  @Field(() => ProviderKind)
  kind!: ProviderKindCode;

  @Field()
  districtCode!: string;

  @Field(() => String, { nullable: true })
  idempotencyKey?: string | null;
}
@ObjectType({ description: 'The result of registerProvider.' })
export class RegisterProviderPayload extends PayloadOf({ provider: Provider }, { replayed: true }) {}
