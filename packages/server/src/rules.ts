import { rule } from 'graphql-shield';

type ShieldRule = ReturnType<ReturnType<typeof rule>>;
import { hasAnyRole, type Viewer } from '@hub/auth';
import type { RoleCode } from '@hub/reference';

/**
 * A factory of shield rules "the viewer holds one of these roles", one rule per role set: shield
 * refuses two rules with the same name, and reusing one lets it cache the answer per request.
 */
export function roleRules(subgraph: string): (...names: RoleCode[]) => ShieldRule {
  const made = new Map<string, ShieldRule>();
  return (...names) => {
    const name = `${subgraph}:${[...names].sort().join('|')}`;
    let found = made.get(name);
    if (!found) {
      found = rule(name, { cache: 'contextual' })((_parent, _args, ctx: { viewer: Viewer }) => hasAnyRole(ctx.viewer, ...names));
      made.set(name, found);
      ruleRoles.set(found, [...names]);
    }
    return found;
  };
}

/** True when the value is a shield rule (not a map of rules per field). */
export function isRule(value: unknown): boolean {
  return !!value && typeof value === 'object' && typeof (value as { resolve?: unknown }).resolve === 'function';
}

const ruleRoles = new WeakMap<object, readonly RoleCode[]>();

/** The roles a rule made by `roleRules` admits; `undefined` for any other rule. */
export function rolesOfRule(rule: unknown): readonly RoleCode[] | undefined {
  return rule && typeof rule === 'object' ? ruleRoles.get(rule) : undefined;
}
