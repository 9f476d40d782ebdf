import { Field, InputType, ObjectType } from 'type-graphql';
import { PayloadOf, IdempotentInput } from '@hub/federation';
import { ProviderKind, type ProviderKindCode } from '../enums';
import { Provider } from './provider.entity';

@InputType({ description: 'A work-site provider (*penyedia*).' })
export class RegisterProviderInput extends IdempotentInput {
  @Field() name!: string;

  @Field(() => ProviderKind) kind!: ProviderKindCode;

  @Field() districtCode!: string;
}
@ObjectType({ description: 'The result of registerProvider.' })
export class RegisterProviderPayload extends PayloadOf({ provider: Provider }, { replayed: true }) {}
