import { allow, rule, type IRules } from 'graphql-shield';

// A single rule (a role rule or allow); graphql-shield does not export its own ShieldRule type.
type Rule = typeof allow | ReturnType<ReturnType<typeof rule>>;

/** The federation root fields shield must allow explicitly (it denies whatever has no rule). */
export const FEDERATION_QUERY_RULES: Record<string, Rule> = { _service: allow, _entities: allow };

/**
 * Rules for the types every subgraph shares (federation, paging, districts, refusals, aggregates, the
 * access log), written once and spread into each permission map. Who reads aggregates and the access
 * log is each subgraph's own choice, so those two come in as rules.
 */
export function sharedTypeRules(who: { statisticsViewers: Rule; auditors: Rule }): IRules {
  return {
    _Service: allow,
    PageInfo: allow,
    District: allow,
    UserError: allow,
    StatisticBreakdown: who.statisticsViewers,
    StatisticCell: who.statisticsViewers,
    AccessLogEntry: who.auditors,
    AccessLogEdge: who.auditors,
    AccessLogConnection: who.auditors,
  };
}
