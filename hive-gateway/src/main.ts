import { createServer } from 'node:http';
import { ConfigError, loadGatewayConfig, type GatewayConfig } from '@hub/config';
import { createHiveGateway } from './config';

/** The process: the same environment as the hub gateway (PORT, SUPERGRAPH_PATH, subgraph URLs and secrets, AUTH_*). */
async function main(): Promise<void> {
  let config: GatewayConfig;
  try {
    config = loadGatewayConfig();
  } catch (error) {
    process.stderr.write(`${error instanceof ConfigError ? error.message : String(error)}\n`);
    process.exit(2);
  }
  const gateway = createHiveGateway(config);
  const server = createServer(gateway);
  await new Promise<void>((ok) => server.listen(config.port, config.host, () => ok()));
  process.stdout.write(`hive gateway listening on http://${config.host}:${config.port}/graphql\n`);
  const stop = async (): Promise<void> => {
    setTimeout(() => process.exit(1), 10_000).unref();
    server.closeAllConnections();
    await new Promise<void>((ok) => server.close(() => ok()));
    await gateway.dispose();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

void main();
