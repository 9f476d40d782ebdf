/**
 * What a span may carry when it leaves the process. Traces go to an operator's backend that is not
 * cleared for children's personal data, so attributes pass an allow-list: HTTP method, route and
 * status, database name and statement (with any string literal masked), GraphQL operation name and
 * type, the hub's own `hub.*` keys. Query strings (a GET request's variables), header values,
 * exception messages and status messages (which can quote a variable's value) never leave.
 */
import type { Attributes, AttributeValue } from '@opentelemetry/api';
import { ExportResultCode, type ExportResult } from '@opentelemetry/core';
import type { ReadableSpan, SpanExporter } from '@opentelemetry/sdk-trace-base';

const ALLOWED = new Set([
  'http.method',
  'http.request.method',
  'http.status_code',
  'http.response.status_code',
  'http.route',
  'http.flavor',
  'http.scheme',
  'network.protocol.version',
  'url.scheme',
  'url.path',
  'http.target',
  'http.url',
  'url.full',
  'server.address',
  'server.port',
  'net.host.name',
  'net.host.port',
  'net.peer.name',
  'net.peer.port',
  'net.transport',
  'db.system',
  'db.system.name',
  'db.name',
  'db.namespace',
  'db.operation',
  'db.operation.name',
  'db.statement',
  'db.query.text',
  'graphql.operation.name',
  'graphql.operation.type',
  'graphql.source',
  'exception.type',
  'error.type',
]);

/** Drops the query string (and fragment) of a URL or request target. */
function withoutQuery(value: string): string {
  return value.replace(/[?#].*$/, '');
}

/** Masks string literals in SQL; the drivers send values as parameters, this guards any inlined one. */
export function maskSqlLiterals(sql: string): string {
  return sql.replace(/'(?:[^']|'')*'/g, "'?'");
}

function safeValue(key: string, value: AttributeValue | undefined): AttributeValue | undefined {
  if (typeof value !== 'string') return value;
  if (key === 'http.target' || key === 'http.url' || key === 'url.full') return withoutQuery(value);
  if (key === 'db.statement' || key === 'db.query.text') return maskSqlLiterals(value);
  return value;
}

/** The attributes a span may keep. */
export function safeAttributes(attributes: Attributes): Attributes {
  const out: Attributes = {};
  for (const [key, value] of Object.entries(attributes)) {
    if (!ALLOWED.has(key) && !key.startsWith('hub.')) continue;
    const safe = safeValue(key, value);
    if (safe !== undefined) out[key] = safe;
  }
  return out;
}

/** A copy of the span with safe attributes, events reduced to their names and types, no status message. */
export function safeSpan(span: ReadableSpan): ReadableSpan {
  return Object.create(span, {
    attributes: { value: safeAttributes(span.attributes), enumerable: true },
    events: {
      value: span.events.map((e) => ({ name: e.name, time: e.time, attributes: safeAttributes(e.attributes ?? {}) })),
      enumerable: true,
    },
    status: { value: { code: span.status.code }, enumerable: true },
    links: { value: [], enumerable: true },
  }) as ReadableSpan;
}

/** Wraps an exporter so only safe spans reach it. */
export class SafeSpanExporter implements SpanExporter {
  constructor(private readonly inner: SpanExporter) {}

  export(spans: ReadableSpan[], done: (result: ExportResult) => void): void {
    try {
      this.inner.export(spans.map(safeSpan), done);
    } catch (error) {
      done({ code: ExportResultCode.FAILED, error: error as Error });
    }
  }

  shutdown(): Promise<void> {
    return this.inner.shutdown();
  }

  forceFlush(): Promise<void> {
    return this.inner.forceFlush?.() ?? Promise.resolve();
  }
}
