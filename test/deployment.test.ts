import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadAll } from 'js-yaml';
import { ConfigError, ENVIRONMENT_VARIABLES, loadGatewayConfig, loadSubgraphConfig, type Environment } from '@hub/config';
import { REPO_ROOT } from '@hub/dev';

/**
 * The deployment on paper, checked by machine (there is no container engine here: the files are
 * checked, not the images). Container builds: multi-stage, production dependencies only, non-root.
 * Manifests: replicas, one PostgreSQL per agency, only the gateway reaches the subgraphs, secrets
 * from the platform, and every variable set is one the service reads, every required one set.
 */
const DEPLOY = join(REPO_ROOT, 'deploy');
const SERVICES = { gateway: 'gateway', corrections: 'subgraph', 'child-protection': 'subgraph', worksites: 'subgraph' } as const;
const SUBGRAPHS = ['corrections', 'child-protection', 'worksites'];

interface EnvVar {
  name: string;
  value?: string;
  valueFrom?: { secretKeyRef?: { name: string; key: string }; configMapKeyRef?: { name: string; key: string } };
}
interface Container {
  name: string;
  image: string;
  env?: EnvVar[];
}
interface K8sObject {
  kind: string;
  metadata: { name: string };
  spec?: {
    replicas?: number;
    podSelector?: { matchLabels?: Record<string, string> };
    ingress?: Array<{ from?: Array<{ podSelector?: { matchLabels?: Record<string, string> }; namespaceSelector?: unknown }> }>;
    template?: {
      metadata: { labels: Record<string, string> };
      spec: { containers: Container[]; securityContext?: { runAsNonRoot?: boolean } };
    };
  };
}

const objects: K8sObject[] = readdirSync(join(DEPLOY, 'k8s'))
  .filter((f) => f.endsWith('.yaml'))
  .flatMap((f) => loadAll(readFileSync(join(DEPLOY, 'k8s', f), 'utf8')) as K8sObject[]);
const workload = (name: string) => {
  const found = objects.find((o) => (o.kind === 'Deployment' || o.kind === 'StatefulSet') && o.metadata.name === name);
  if (!found?.spec) throw new Error(`no workload ${name} in deploy/k8s`);
  return found as K8sObject & { spec: NonNullable<K8sObject['spec']> };
};
const hubContainer = (name: string) =>
  workload(name).spec.template!.spec.containers.find((c) => c.image.startsWith('jambi-abh-hub/'))!;

/** What the platform would put in the environment: literal values as written, secrets and config as placeholders. */
function environmentOf(container: Container): Environment {
  const placeholder = (name: string) =>
    name === 'DATABASE_URL'
      ? 'postgres://hub:secret@postgres.invalid:5432/hub'
      : name.endsWith('_URL')
        ? 'https://idp.invalid/jwks'
        : 'p'.repeat(40);
  return Object.fromEntries((container.env ?? []).map((e) => [e.name, e.value ?? placeholder(e.name)]));
}

/** The variables a loader cannot do without in production: what it complains about when given none. */
function requiredVariables(load: (env: Environment) => unknown): string[] {
  try {
    load({ NODE_ENV: 'production' });
  } catch (error) {
    if (error instanceof ConfigError) return error.problems.map((p) => p.split(':')[0]!);
  }
  return [];
}

describe('container builds', () => {
  it.each(Object.keys(SERVICES))(
    'builds %s in stages, with production dependencies only, to run as a non-root user',
    (service) => {
      const path = join(DEPLOY, 'docker', `${service}.Dockerfile`);
      const text = readFileSync(path, 'utf8');
      const stages = text.split('\n').filter((l) => /^FROM\s/i.test(l));
      expect(stages.length).toBeGreaterThanOrEqual(2);
      expect(text).toMatch(/npm ci[^\n]*--omit=dev/);
      const final = text.slice(text.lastIndexOf('\nFROM '));
      const user = /^USER\s+(\S+)/m.exec(final)?.[1];
      expect(user).toBeDefined();
      expect(['root', '0']).not.toContain(user);
      expect(final).not.toMatch(/npm (ci|install)(?![^\n]*--omit=dev)/);
      const entry = /^CMD \["node", "([^"]+)"\]/m.exec(final)?.[1];
      expect(entry).toBeDefined();
      expect(existsSync(join(REPO_ROOT, entry!.replace('/dist/', '/src/').replace(/\.js$/, '.ts')))).toBe(true);
    },
  );
});

describe('manifests', () => {
  it('run at least two gateways and two of each subgraph, as non-root', () => {
    for (const name of Object.keys(SERVICES)) {
      const w = workload(name);
      expect(w.spec.replicas).toBeGreaterThanOrEqual(2);
      expect(w.spec.template!.spec.securityContext?.runAsNonRoot).toBe(true);
    }
  });

  it('give each agency its own PostgreSQL and its own database credentials', () => {
    const secrets = SUBGRAPHS.map(
      (n) => hubContainer(n).env!.find((e) => e.name === 'DATABASE_URL')!.valueFrom!.secretKeyRef!.name,
    );
    expect(new Set(secrets).size).toBe(3);
    for (const n of SUBGRAPHS) expect(workload(`postgres-${n}`).kind).toBe('StatefulSet');
  });

  it('let only the gateway reach the subgraphs, and only each subgraph its database', () => {
    const policies = objects.filter((o) => o.kind === 'NetworkPolicy').map((o) => ({ ...o, spec: o.spec ?? {} }));
    const denyAll = policies.find((p) => Object.keys(p.spec.podSelector?.matchLabels ?? {}).length === 0 && !p.spec.ingress);
    expect(denyAll).toBeDefined();
    const sources = (app: string) =>
      policies
        .filter((p) => p.spec.podSelector?.matchLabels?.['app'] === app)
        .flatMap((p) => p.spec.ingress ?? [])
        .flatMap((i) => i.from ?? []);
    for (const n of SUBGRAPHS) {
      expect(sources(`hub-${n}`)).toEqual([{ podSelector: { matchLabels: { app: 'hub-gateway' } } }]);
      expect(sources(`postgres-${n}`)).toEqual([{ podSelector: { matchLabels: { app: `hub-${n}` } } }]);
    }
  });

  it('take every secret from the platform, never a literal in the manifest', () => {
    const secretNames = /SECRET|TOKEN|PASSWORD|DATABASE_URL/;
    for (const o of objects) {
      for (const c of o.spec?.template?.spec.containers ?? []) {
        for (const e of c.env ?? [])
          if (secretNames.test(e.name)) expect({ [e.name]: e.valueFrom?.secretKeyRef }).toEqual({ [e.name]: expect.anything() });
      }
    }
    expect(objects.filter((o) => o.kind === 'Secret')).toEqual([]);
  });

  it.each(Object.entries(SERVICES))(
    'sets for %s only variables its configuration reads, and every required one',
    (name, kind) => {
      const container = hubContainer(name);
      const set = (container.env ?? []).map((e) => e.name);
      expect(set.filter((v) => !(ENVIRONMENT_VARIABLES[kind] as readonly string[]).includes(v))).toEqual([]);
      const load =
        kind === 'gateway' ? (env: Environment) => loadGatewayConfig(env) : (env: Environment) => loadSubgraphConfig(name, env);
      const required = requiredVariables(load);
      expect(required.length).toBeGreaterThan(0);
      expect(required.filter((v) => !set.includes(v))).toEqual([]);
      // With the platform's values in place the service would start in production mode.
      expect(() => load(environmentOf(container))).not.toThrow();
    },
  );
});
