import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The Bapas client, owned by corrections; this subgraph adds the child's protection cases to it. */
@ObjectType('Client', { description: 'A person under Bapas guidance (owned by the corrections subgraph).' })
@Directive('@key(fields: "id")')
export class ClientRef {
  @Field(() => ID) id!: string;

  /** A reference to the client with this id. */
  static of(id: string): ClientRef {
    return Object.assign(new ClientRef(), { id });
  }
}
