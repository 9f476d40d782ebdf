import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { SUBGRAPH_NAMES, type SubgraphName } from '@hub/config';

/** The demo's generated secrets, kept beside the demo database so tokens stay valid across restarts. */
export interface DemoSecrets {
  authSecret: string;
  subgraphSecrets: Record<SubgraphName, string>;
}

const fresh = (): string => randomBytes(32).toString('base64url');

/** Reads `<dataDir>/secrets.json`, creating it (mode 600) with new random secrets the first time. */
export function loadOrCreateSecrets(dataDir: string): DemoSecrets {
  const path = join(dataDir, 'secrets.json');
  if (existsSync(path)) return JSON.parse(readFileSync(path, 'utf8')) as DemoSecrets;
  mkdirSync(dataDir, { recursive: true });
  const secrets: DemoSecrets = {
    authSecret: fresh(),
    subgraphSecrets: Object.fromEntries(SUBGRAPH_NAMES.map((n) => [n, fresh()])) as Record<SubgraphName, string>,
  };
  writeFileSync(path, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600 });
  return secrets;
}

/** The issuer and audience of demo tokens (the defaults of the hub's configuration). */
export const DEMO_ISSUER = 'jambi-abh-hub';
export const DEMO_AUDIENCE = 'jambi-abh-hub';
