/**
 * Schema change safety: compares each subgraph's SDL and the supergraph's API (what clients see)
 * with the last released snapshot using @graphql-inspector/core, and validates every dashboard
 * operation against the new supergraph. A breaking change names the dashboard operations it touches.
 */
import { Supergraph } from '@apollo/federation-internals';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  parse,
  TypeInfo,
  validate,
  visit,
  visitWithTypeInfo,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import type { DashboardOperation } from './documents';

/** Each subgraph's SDL by name, and the composed supergraph. */
export interface SchemaSet {
  subgraphs: Record<string, string>;
  supergraph: string;
}

/** One change found by the comparison. */
export interface SchemaChange {
  /** `supergraph` or a subgraph's name. */
  where: string;
  level: 'BREAKING' | 'DANGEROUS' | 'SAFE';
  message: string;
  path?: string;
  /** Dashboard operations that use what changed (`CaseView (schema/operations/case-view.graphql)`). */
  operations: string[];
}

export interface OperationProblem {
  operation: string;
  file: string;
  message: string;
}

export interface CompatibilityReport {
  changes: SchemaChange[];
  /** Dashboard operations that no longer validate against the new supergraph. */
  invalidOperations: OperationProblem[];
  ok: boolean;
}

/** The schema a client of the supergraph sees (without the join__ and link__ machinery). */
export function apiSchemaOf(supergraphSdl: string): GraphQLSchema {
  return Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema();
}

function subgraphSchemaOf(sdl: string): GraphQLSchema {
  return buildSubgraphSchema(parse(sdl));
}

const LEVEL: Record<CriticalityLevel, SchemaChange['level']> = {
  [CriticalityLevel.Breaking]: 'BREAKING',
  [CriticalityLevel.Dangerous]: 'DANGEROUS',
  [CriticalityLevel.NonBreaking]: 'SAFE',
};

/** Every schema coordinate an operation relies on: `Type`, `Type.field`, `Type.field.arg`, input fields, enum values. */
export function coordinatesUsedBy(operation: DashboardOperation, schema: GraphQLSchema): Set<string> {
  const used = new Set<string>();
  const addType = (type: GraphQLNamedType, seen = new Set<string>()): void => {
    if (seen.has(type.name)) return;
    seen.add(type.name);
    used.add(type.name);
    if (isEnumType(type)) for (const v of type.getValues()) used.add(`${type.name}.${v.name}`);
    if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        used.add(`${type.name}.${field.name}`);
        addType(getNamedType(field.type), seen);
      }
    }
  };
  const info = new TypeInfo(schema);
  visit(
    operation.document,
    visitWithTypeInfo(info, {
      Field() {
        const parent = info.getParentType();
        const field = info.getFieldDef();
        if (!parent || !field) return;
        used.add(`${parent.name}.${field.name}`);
        addType(getNamedType(field.type));
        for (const arg of field.args) {
          used.add(`${parent.name}.${field.name}.${arg.name}`);
          addType(getNamedType(arg.type));
        }
      },
      VariableDefinition() {
        const type = info.getInputType();
        if (type) addType(getNamedType(type));
      },
    }),
  );
  return used;
}

function affected(change: Change, usage: Map<DashboardOperation, Set<string>>): string[] {
  const path = change.path;
  if (!path) return [];
  const names: string[] = [];
  for (const [op, coords] of usage) {
    // A changed type touches every operation that uses it or any of its fields.
    if (coords.has(path)) names.push(`${op.name} (${op.file})`);
  }
  return names;
}

async function compare(
  where: string,
  before: GraphQLSchema,
  after: GraphQLSchema,
  usage: Map<DashboardOperation, Set<string>>,
): Promise<SchemaChange[]> {
  const changes = await diff(before, after);
  return changes.map((c) => ({
    where,
    level: LEVEL[c.criticality.level],
    message: c.message,
    ...(c.path ? { path: c.path } : {}),
    operations: affected(c, usage),
  }));
}

/** Compares the fresh schema with the released one and checks the dashboards' operations. */
export async function checkCompatibility(
  released: SchemaSet,
  fresh: SchemaSet,
  operations: DashboardOperation[],
): Promise<CompatibilityReport> {
  const releasedApi = apiSchemaOf(released.supergraph);
  const freshApi = apiSchemaOf(fresh.supergraph);
  // Which operation uses what is read against the released schema: a removed field is only there.
  const usage = new Map(operations.map((op) => [op, coordinatesUsedBy(op, releasedApi)] as const));
  const changes = await compare('supergraph', releasedApi, freshApi, usage);
  const names = new Set([...Object.keys(released.subgraphs), ...Object.keys(fresh.subgraphs)]);
  for (const name of [...names].sort()) {
    const before = released.subgraphs[name];
    const after = fresh.subgraphs[name];
    if (before && after) {
      changes.push(...(await compare(name, subgraphSchemaOf(before), subgraphSchemaOf(after), new Map())));
    } else if (before) {
      changes.push({ where: name, level: 'BREAKING', message: `Subgraph '${name}' was removed`, operations: [] });
    } else {
      changes.push({ where: name, level: 'SAFE', message: `Subgraph '${name}' was added`, operations: [] });
    }
  }
  const invalidOperations: OperationProblem[] = [];
  for (const op of operations) {
    for (const error of validate(freshApi, op.document)) {
      invalidOperations.push({ operation: op.name, file: op.file, message: error.message });
    }
  }
  const ok = !changes.some((c) => c.level === 'BREAKING') && invalidOperations.length === 0;
  return { changes, invalidOperations, ok };
}

/** The report as the check prints it: breaking changes with the operations they would break, then invalid operations. */
export function formatReport(report: CompatibilityReport): string {
  const lines: string[] = [];
  const breaking = report.changes.filter((c) => c.level === 'BREAKING');
  const dangerous = report.changes.filter((c) => c.level === 'DANGEROUS');
  if (breaking.length) {
    lines.push('Breaking changes against the released schema (schema/released/):');
    for (const c of breaking) {
      lines.push(`  - [${c.where}] ${c.message}`);
      for (const op of c.operations) lines.push(`      would break dashboard operation ${op}`);
    }
  }
  if (report.invalidOperations.length) {
    lines.push('Dashboard operations that no longer validate against the new supergraph:');
    for (const p of report.invalidOperations) lines.push(`  - ${p.operation} (${p.file}): ${p.message}`);
  }
  if (dangerous.length) {
    lines.push('Changes to review (not breaking, but clients may notice):');
    for (const c of dangerous) lines.push(`  - [${c.where}] ${c.message}`);
  }
  return lines.join('\n');
}
