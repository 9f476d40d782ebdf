import './tracing';
import { ConfigError, loadGatewayConfig, type GatewayConfig } from '@hub/config';
import { createLogger } from '@hub/errors';
import { listen } from '@hub/server';
import { stopTracing } from '@hub/telemetry';
import { createGatewayApp } from './app';

async function main(): Promise<void> {
  let config: GatewayConfig;
  try {
    config = loadGatewayConfig();
  } catch (error) {
    process.stderr.write(`${error instanceof ConfigError ? error.message : String(error)}\n`);
    process.exit(2);
  }
  const log = createLogger('gateway', config.logLevel);
  try {
    const app = await createGatewayApp(config, log);
    const port = await listen(app.http, config.port, config.host);
    log.info('listening', { url: `http://${config.host}:${port}/graphql` });
    let stopping = false;
    const stop = async (signal: string): Promise<void> => {
      if (stopping) return;
      stopping = true;
      log.info('stopping', { signal });
      setTimeout(() => process.exit(1), config.shutdownDrainMs + 5_000).unref();
      await app.close();
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

void main();
