import type { GraphQLSchema } from 'graphql';
import type { ClassType } from 'type-graphql';
import { buildFederatedSchema, DateTimeScalar, type ReferenceResolvers } from '@hub/federation';
import { accessLogResolver } from './access-log-query';

/** What makes up one subgraph's schema; the shared parts (dates, the access-log query, federation) are added here. */
export interface SubgraphSchemaOptions {
  /** The name of this subgraph's access-log query, e.g. `correctionsAccessLog`. */
  accessLogQuery: string;
  /** Every resolver class of the subgraph: adding a module is one line in this list. */
  resolvers: ClassType[];
  /** Types no resolver returns directly but the schema must hold (entities reached only through `_entities`). */
  orphanedTypes?: ClassType[];
  /** `__resolveReference` by entity type name. */
  references: Record<string, { __resolveReference: (...args: never[]) => unknown }>;
}

/** A subgraph's Federation 2 schema, without permissions (protectSchema adds them). */
export function buildSubgraphSchemaOf(options: SubgraphSchemaOptions): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: [accessLogResolver(options.accessLogQuery), ...options.resolvers],
      orphanedTypes: options.orphanedTypes ?? [],
      scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    },
    options.references as unknown as ReferenceResolvers,
  );
}
