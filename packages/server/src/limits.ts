import { ApolloArmor } from '@escape.tech/graphql-armor';

/**
 * Query limits, the same at the gateway and in every subgraph (ARCHITECTURE.md §4). The token limit
 * goes to Apollo's parser (`parseOptions.maxTokens`): armor's own max-tokens plugin answers HTTP 500.
 * Limit values are not revealed in error messages.
 */
export const QUERY_LIMITS = { maxDepth: 14, maxAliases: 15, maxDirectives: 10, maxCost: 50_000, maxTokens: 5_000 };

/** graphql-armor's validation rules and plugins for the limits above, with field suggestions blocked. */
export function queryLimits() {
  return new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth, exposeLimits: false },
    maxAliases: { n: QUERY_LIMITS.maxAliases, exposeLimits: false },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives, exposeLimits: false },
    costLimit: { maxCost: QUERY_LIMITS.maxCost, exposeLimits: false },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: true },
  }).protect();
}
