/**
 * Starts tracing before anything else is loaded (main.ts imports this first): the instrumentations
 * patch http, pg and graphql as they are required. Off unless OTEL_EXPORTER_OTLP_ENDPOINT is set.
 */
import { ConfigError, loadTelemetryConfig } from '@hub/config';
import { startTracing } from '@hub/telemetry';

try {
  startTracing('worksites', loadTelemetryConfig('worksites'));
} catch (error) {
  process.stderr.write(`${error instanceof ConfigError ? error.message : String(error)}\n`);
  process.exit(2);
}
