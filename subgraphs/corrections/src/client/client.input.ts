import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ConnectionOf, DateScalar, PayloadOf, Sex, type SexCode, PageArgsOf } from '@hub/federation';
import { ClientCategory, ClientStatus, type ClientCategoryCode, type ClientStatusCode } from '../enums';
import { Client } from './client.entity';

/** The input of a command on one client: its id (the command's other fields follow). */
@InputType()
export abstract class OnClient {
  @Field(() => ID) clientId!: string;
}

@InputType({ description: 'Filter for the client list.' })
export class ClientFilter {
  @Field(() => String, { nullable: true, description: 'BPS district code, e.g. "1507".' }) districtCode?: string | null;

  @Field(() => ClientCategory, { nullable: true, description: 'Child in conflict with the law or adult.' })
  category?: ClientCategoryCode | null;

  @Field(() => ClientStatus, { nullable: true, description: 'Lifecycle status.' }) status?: ClientStatusCode | null;

  @Field(() => ID, { nullable: true, description: 'Only clients assigned to this PK.' }) officerId?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Text search: the start of the register number; also the name, for viewers who see full identities (head of Bapas, PK).',
  })
  search?: string | null;
}

@InputType({ description: 'A new client (*registrasi klien*).' })
export class RegisterClientInput {
  @Field({ description: 'Bapas register number, unique.' }) registerNumber!: string;

  @Field({ description: 'Full name as on the civil registry.' }) fullName!: string;

  @Field({ description: 'NIK: 16 digits.' }) nik!: string;

  @Field(() => DateScalar) birthDate!: string;

  @Field(() => Sex) sex!: SexCode;

  @Field({ description: 'BPS district code of residence, e.g. "1507".' }) districtCode!: string;

  @Field() address!: string;

  @Field(() => String, { nullable: true, description: 'Parent or guardian; required for a child.' }) guardianName?: string | null;

  @Field(() => DateScalar, { description: 'Date of the offence: the category follows the age on this date.' })
  offenseDate!: string;

  @Field(() => String, { nullable: true, description: 'Makes a retry safe: the same key returns the first result.' })
  idempotencyKey?: string | null;
}

@ObjectType({ description: 'The result of registerClient.' })
export class RegisterClientPayload extends PayloadOf(
  { client: Client },
  { replayed: 'True when this was a replay of an earlier request with the same idempotency key.' },
) {}

@InputType({ description: 'Assign a PK to a client (head of Bapas).' })
export class AssignOfficerInput extends OnClient {
  @Field(() => ID) officerId!: string;

  @Field(() => String, { nullable: true, description: 'Why (kept in the assignment history).' }) reason?: string | null;
}

@ObjectType({ description: 'The result of assignOfficer.' })
export class AssignOfficerPayload extends PayloadOf({ client: Client }) {}

@InputType()
export class ChangeClientStatusInput extends OnClient {
  @Field(() => ClientStatus) status!: ClientStatusCode;
}

@ObjectType({ description: 'The result of changeClientStatus.' })
export class ChangeClientStatusPayload extends PayloadOf({ client: Client }) {}

@ArgsType()
export class ClientsArgs extends PageArgsOf(ClientFilter) {}

@ObjectType({ description: 'A page of clients (Relay connection).' })
export class ClientConnection extends ConnectionOf(Client, { edgeDescription: 'A client in a page of clients.' }) {
  @Field(() => Int, {
    description:
      "About how many records match the filter, from the database's statistics (no row is read, so it costs the same " +
      'for ten clients or a million): for "about 350,000 clients" in a dashboard header. Computed only when selected; ' +
      'use totalCount where the exact figure matters.',
  })
  estimatedTotalCount!: number;
}
