import type { Server } from 'node:http';
import { ConfigError, loadSubgraphConfig, type SubgraphConfig } from '@hub/config';
import { createLogger, type Logger } from '@hub/errors';
import { stopTracing } from '@hub/telemetry';
import { listen } from './http';

/** What a subgraph's composition root returns. */
export interface SubgraphApp {
  http: Server;
  close(): Promise<void>;
}

/**
 * A subgraph process: reads its configuration, builds the app, listens, and shuts down cleanly on
 * SIGINT/SIGTERM. A configuration error prints what is wrong and exits with status 2.
 */
export async function runSubgraph(
  name: string,
  create: (config: SubgraphConfig, log: Logger) => Promise<SubgraphApp>,
): Promise<void> {
  let config: SubgraphConfig;
  try {
    config = loadSubgraphConfig(name);
  } catch (error) {
    process.stderr.write(`${error instanceof ConfigError ? error.message : String(error)}\n`);
    process.exit(2);
  }
  const log = createLogger(name, config.logLevel);
  try {
    const app = await create(config, log);
    const port = await listen(app.http, config.port, config.host);
    log.info('listening', { url: `http://${config.host}:${port}/graphql` });
    let stopping = false;
    const stop = async (signal: string): Promise<void> => {
      if (stopping) return;
      stopping = true;
      log.info('stopping', { signal });
      // Never hang on the way out: past the drain deadline and a margin for the pool, leave anyway.
      setTimeout(() => process.exit(1), config.shutdownDrainMs + 5_000).unref();
      // Drains the HTTP server (requests already received finish), then closes the database pool.
      await app.close();
      log.info('stopped', { signal });
      await stopTracing();
      process.exit(0);
    };
    process.on('SIGINT', () => void stop('SIGINT'));
    process.on('SIGTERM', () => void stop('SIGTERM'));
  } catch (error) {
    log.error('failed to start', { error });
    process.exit(1);
  }
}
