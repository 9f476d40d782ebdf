import { ConfigError, loadDevConfig, type DevConfig } from '@hub/config';

/** The development configuration; a setting that is wrong is said on stderr and the command exits 2. */
export function devConfigOrExit(): DevConfig {
  try {
    return loadDevConfig();
  } catch (error) {
    process.stderr.write(`${error instanceof ConfigError ? error.message : String(error)}\n`);
    process.exit(2);
  }
}
