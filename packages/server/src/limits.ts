import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { COST_MODEL, costLimitPlugin } from './cost';

/**
 * Query limits, the same at the gateway and in every subgraph (ARCHITECTURE.md §4). The token limit
 * goes to Apollo's parser (`parseOptions.maxTokens`): armor's own max-tokens plugin answers HTTP 500.
 * Limit values are not revealed in error messages.
 */
export const QUERY_LIMITS = { maxDepth: 14, maxAliases: 15, maxDirectives: 10, maxCost: COST_MODEL.maxCost, maxTokens: 5_000 };

/**
 * graphql-armor's validation rules and plugins for the limits above, with field suggestions blocked;
 * the cost is ours (cost.ts): armor's counts a list's size only when `first` is a literal.
 */
export function queryLimits<TContext extends BaseContext = BaseContext>() {
  const armor = new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth, exposeLimits: false },
    maxAliases: { n: QUERY_LIMITS.maxAliases, exposeLimits: false },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives, exposeLimits: false },
    costLimit: { enabled: false },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: true },
  }).protect();
  return {
    validationRules: armor.validationRules,
    plugins: [...(armor.plugins as ApolloServerPlugin<TContext>[]), costLimitPlugin<TContext>()],
  };
}
