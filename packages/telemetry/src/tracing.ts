/**
 * OpenTelemetry tracing for one hub process: HTTP in and out (node:http and fetch), PostgreSQL and
 * GraphQL, with the W3C `traceparent` header carried across processes, so one dashboard request
 * is one trace from the gateway through each subgraph fetch to each SQL statement.
 */
import { context, trace, type Span } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { registerInstrumentations } from '@opentelemetry/instrumentation';
import { GraphQLInstrumentation } from '@opentelemetry/instrumentation-graphql';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { UndiciInstrumentation } from '@opentelemetry/instrumentation-undici';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, type SpanExporter, type SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import type { TelemetrySettings } from '@hub/config';
import { SafeSpanExporter } from './safe-spans';

/** Paths that are not worth a trace (probes and scrapes). */
const UNTRACED_PATHS = new Set(['/health', '/ready', '/metrics']);

let provider: NodeTracerProvider | undefined;

export interface TracingOptions {
  /** Sends spans here instead of the configured OTLP endpoint (tests use an in-memory exporter). */
  exporter?: SpanExporter;
  /** Replaces the batching processor (tests export each span as it ends). */
  processor?: (exporter: SpanExporter) => SpanProcessor;
}

/**
 * Starts tracing for this process when an OTLP endpoint is configured (or an exporter is given);
 * otherwise does nothing. Call it before the instrumented modules (http, pg, graphql) are loaded.
 */
export function startTracing(serviceName: string, settings: TelemetrySettings, options: TracingOptions = {}): boolean {
  if (provider) return true;
  const target =
    options.exporter ??
    (settings.otlpEndpoint ? new OTLPTraceExporter({ url: `${settings.otlpEndpoint.replace(/\/$/, '')}/v1/traces` }) : undefined);
  if (!target) return false;
  const exporter = new SafeSpanExporter(target);
  provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': serviceName, 'service.namespace': 'jambi-abh-hub' }),
    spanProcessors: [
      options.processor?.(exporter) ?? new BatchSpanProcessor(exporter, { scheduledDelayMillis: settings.exportDelayMs }),
    ],
  });
  provider.register();
  registerInstrumentations({
    tracerProvider: provider,
    instrumentations: [
      new HttpInstrumentation({
        ignoreIncomingRequestHook: (req) => UNTRACED_PATHS.has((req.url ?? '/').split('?')[0] ?? '/'),
      }),
      new UndiciInstrumentation({
        ignoreRequestHook: (req) => UNTRACED_PATHS.has(req.path.split('?')[0] ?? '/'),
      }),
      // Statements only (no values); no spans for the migrations run before any request.
      new PgInstrumentation({ enhancedDatabaseReporting: false, requireParentSpan: true }),
      // Literals in documents are replaced with "*"; no span per resolver (a page of 50 clients would make thousands).
      new GraphQLInstrumentation({ allowValues: false, ignoreResolveSpans: true, mergeItems: true }),
    ],
  });
  return true;
}

/** Sends the spans still waiting and stops tracing (on shutdown). */
export async function stopTracing(): Promise<void> {
  const p = provider;
  provider = undefined;
  await p?.shutdown();
}

/** The span of the HTTP request being served (the root span at the gateway), if tracing is on. */
export function currentRequestSpan(): Span | undefined {
  return trace.getSpan(context.active());
}
