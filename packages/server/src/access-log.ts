import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFieldResolver, GraphQLResolveInfo } from 'graphql';
import type { IMiddlewareFunction } from 'graphql-middleware';
import type { AccessLogRow } from '@hub/db';
import type { Logger } from '@hub/errors';
import type { Viewer } from '@hub/auth';

/**
 * Collects, during one request, which fields of which records' personal data were returned; the
 * plugin below writes them to the access log before the response leaves (DOMAIN.md §4, principle 4).
 */
export class AccessRecorder {
  private readonly records = new Map<string, { subjectType: string; subjectId: string; fields: Set<string> }>();

  /** Notes that `field` of record `subjectType`/`subjectId` is in the response. */
  note(subjectType: string, subjectId: string, field: string): void {
    const key = `${subjectType}:${subjectId}`;
    let entry = this.records.get(key);
    if (!entry) {
      entry = { subjectType, subjectId, fields: new Set() };
      this.records.set(key, entry);
    }
    entry.fields.add(field);
  }

  get size(): number {
    return this.records.size;
  }

  /** One row per record, fields sorted. */
  rows(
    viewer: Viewer,
    operation: string | null,
    correlationId: string,
    callerCorrelationId: string | null = null,
  ): AccessLogRow[] {
    return [...this.records.values()].map((r) => ({
      actor: viewer.userId,
      roles: viewer.roles,
      agency: viewer.agency,
      subjectType: r.subjectType,
      subjectId: r.subjectId,
      fields: [...r.fields].sort(),
      operation,
      correlationId,
      callerCorrelationId,
    }));
  }
}

/** Which fields of which types are personal data, per subgraph: `{ Client: ['fullName', …] }`. */
export type PersonalDataMap = Record<string, string[]>;

interface AccessContext {
  access: AccessRecorder;
}

/**
 * A field middleware that notes every personal-data field that resolves to a value (a `null` from
 * the limited view is not a disclosure). Applied with shield, so every path is covered: root
 * queries, lists, `_entities` and mutation payloads.
 */
export function accessLogMiddleware(personalData: PersonalDataMap): Record<string, Record<string, IMiddlewareFunction>> {
  const note: IMiddlewareFunction = async (resolve, parent, args, ctx: AccessContext, info) => {
    const result = await (resolve as GraphQLFieldResolver<unknown, unknown>)(parent, args, ctx, info);
    noteIfReturned(ctx.access, parent, info, result);
    return result;
  };
  return Object.fromEntries(
    Object.entries(personalData).map(([type, fields]) => [type, Object.fromEntries(fields.map((f) => [f, note]))]),
  );
}

/** Notes a personal-data field of record `parent` when it resolved to a value (null or an empty list is no disclosure). */
export function noteIfReturned(access: AccessRecorder, parent: unknown, info: GraphQLResolveInfo, value: unknown): void {
  const id = (parent as { id?: unknown } | null)?.id;
  const empty = value === null || value === undefined || (Array.isArray(value) && value.length === 0);
  if (!empty && typeof id === 'string') access.note(info.parentType.name, id, info.fieldName);
}

/** The message sent instead of data when the access log cannot be written. */
export const ACCESS_LOG_FAILED_MESSAGE =
  'The access to personal data could not be recorded, so the data is withheld (UU PDP Art. 31). Try again later.';

/**
 * Writes the request's access-log rows before the response is sent; when that fails, the response
 * carries no data at all, only an error.
 */
export function accessLogPlugin<
  TContext extends AccessContext & { viewer: Viewer; correlationId: string; callerCorrelationId?: string | null },
>(write: (rows: AccessLogRow[]) => Promise<void>, log: Logger): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue, operationName }) {
          const access = contextValue.access;
          if (access.size === 0 || response.body.kind !== 'single') return;
          try {
            await write(
              access.rows(
                contextValue.viewer,
                operationName ?? null,
                contextValue.correlationId,
                contextValue.callerCorrelationId ?? null,
              ),
            );
          } catch (error) {
            log.error('access log write failed; data withheld', { correlationId: contextValue.correlationId, error });
            response.body.singleResult = {
              data: null,
              errors: [
                {
                  message: ACCESS_LOG_FAILED_MESSAGE,
                  extensions: { code: 'SERVICE_UNAVAILABLE', correlationId: contextValue.correlationId },
                },
              ],
            };
          }
        },
      };
    },
  };
}
