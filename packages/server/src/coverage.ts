import { isObjectType, type GraphQLSchema } from 'graphql';
import type { IRules } from 'graphql-shield';
import { isRule } from './rules';

/**
 * Every `Type.field` of the schema's object types that the permission map gives no rule (a type-level
 * rule or `*` covers all fields of the type). Shield would deny these by default; a test asserts the
 * list is empty so that the map mirrors the schema.
 */
export function fieldsWithoutRule(schema: GraphQLSchema, rules: IRules): string[] {
  const map = rules as Record<string, unknown>;
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    const entry = map[type.name];
    if (isRule(entry)) continue;
    const fields = (entry ?? {}) as Record<string, unknown>;
    for (const field of Object.keys(type.getFields())) {
      if (!isRule(fields[field]) && !isRule(fields['*'])) missing.push(`${type.name}.${field}`);
    }
  }
  return missing;
}
