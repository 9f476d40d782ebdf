import { Kind, type DocumentNode, type FieldDefinitionNode, type ObjectTypeDefinitionNode } from 'graphql';

/**
 * The agency that owns each entity several subgraphs define. An entity defined by one subgraph only
 * is owned by it; a new shared entity must be named here, so that the rule below cannot be skipped.
 */
export const ENTITY_OWNERS: Record<string, string> = {
  Client: 'corrections',
  Referral: 'corrections',
  CommunityServiceOrder: 'corrections',
  ClientProcessingRecord: 'corrections',
  CooperationQuarter: 'corrections',
};

export interface SubgraphDocument {
  name: string;
  document: DocumentNode;
}

const hasDirective = (node: { directives?: readonly { name: { value: string } }[] }, name: string): boolean =>
  (node.directives ?? []).some((d) => d.name.value === name);

function keyFields(type: ObjectTypeDefinitionNode): Set<string> {
  const fields = new Set<string>();
  for (const d of type.directives ?? []) {
    if (d.name.value !== 'key') continue;
    for (const arg of d.arguments ?? []) {
      if (arg.name.value === 'fields' && arg.value.kind === Kind.STRING) {
        for (const f of arg.value.value.split(/[\s{}]+/)) if (f) fields.add(f);
      }
    }
  }
  return fields;
}

function entityTypes(doc: SubgraphDocument): ObjectTypeDefinitionNode[] {
  return doc.document.definitions.filter(
    (d): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION && hasDirective(d, 'key'),
  );
}

/**
 * Every field a subgraph resolves on an entity another subgraph owns that is declared non-null
 * (`Type.field (subgraph)`), plus shared entities without a named owner. An empty list means the rule holds:
 * when that agency is down the gateway nulls only its part, instead of the whole answer.
 */
export function crossAgencyNonNullFields(subgraphs: SubgraphDocument[]): string[] {
  const definedBy = new Map<string, string[]>();
  for (const s of subgraphs) {
    for (const t of entityTypes(s)) definedBy.set(t.name.value, [...(definedBy.get(t.name.value) ?? []), s.name]);
  }
  const problems: string[] = [];
  for (const s of subgraphs) {
    for (const type of entityTypes(s)) {
      const name = type.name.value;
      const definers = definedBy.get(name)!;
      if (definers.length < 2) continue;
      const owner = ENTITY_OWNERS[name];
      if (!owner) {
        problems.push(`${name} is defined by ${definers.join(', ')}: name its owning subgraph in ENTITY_OWNERS`);
        continue;
      }
      if (owner === s.name) continue;
      const keys = keyFields(type);
      for (const field of type.fields ?? ([] as readonly FieldDefinitionNode[])) {
        if (keys.has(field.name.value) || hasDirective(field, 'external')) continue;
        if (field.type.kind === Kind.NON_NULL_TYPE) problems.push(`${name}.${field.name.value} (${s.name}) is non-null`);
      }
    }
  }
  return problems;
}
