import type { Server } from 'node:http';
import type { SubgraphConfig } from '@hub/config';
import type { DemoWorld } from '@hub/demo';
import { createLogger, type Logger } from '@hub/errors';
import { listen } from '@hub/server';
import { claimsOfUser } from '@hub/auth';
import { postGraphQL, type GraphQLResponse } from './client';
import { createTestDatabase } from './database';
import { TEST_SUBGRAPH_SECRET, testSubgraphConfig, testToken } from './tokens';

/** A subgraph app as its composition root builds it: an HTTP server and a way to close everything. */
interface TestableApp {
  http: Server;
  close(): Promise<void>;
}

/** One subgraph in-process for one test file (its `start` and `stop` go to beforeAll and afterAll). */
export interface SubgraphUnderTest<App extends TestableApp> {
  start(): Promise<void>;
  stop(): Promise<void>;
  /** The running app (after `start`). */
  readonly app: App;
  /** Its GraphQL address, on a free port of the loopback interface. */
  readonly url: string;
  /** Its database, for a test that checks what PostgreSQL itself refuses. */
  readonly databaseUrl: string;
  /** The tokens of the demo users named at creation, by username. */
  readonly tokens: Record<string, string>;
  /** An operation sent as the gateway would: with the named demo user's token and the subgraph secret. */
  ask<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown>,
    username: string,
  ): Promise<GraphQLResponse<T>>;
}

/**
 * A subgraph on a fresh database of its own, seeded with the demo world of `world.today`, listening on
 * a free port, with tokens for the named demo users; the test file hands in the subgraph's factory
 * (`createCorrectionsApp`, …), so this package imports no subgraph.
 */
export function subgraphUnderTest<App extends TestableApp>(
  create: (config: SubgraphConfig, log: Logger) => Promise<App>,
  databasePrefix: string,
  world: DemoWorld,
  usernames: readonly string[] = [],
): SubgraphUnderTest<App> {
  let db: Awaited<ReturnType<typeof createTestDatabase>> | undefined;
  let app: App | undefined;
  let url = '';
  const tokens: Record<string, string> = {};
  return {
    async start() {
      db = await createTestDatabase(databasePrefix);
      app = await create(testSubgraphConfig(db.url, { seedToday: world.today }), createLogger('test', 'silent'));
      url = `http://127.0.0.1:${await listen(app.http, 0, '127.0.0.1')}/graphql`;
      for (const username of usernames)
        tokens[username] = await testToken(claimsOfUser(world.users.find((u) => u.username === username)!));
    },
    async stop() {
      await app?.close();
      await db?.drop();
    },
    get app() {
      if (!app) throw new Error('the subgraph is not started: call start() in beforeAll');
      return app;
    },
    get url() {
      return url;
    },
    get databaseUrl() {
      if (!db) throw new Error('the subgraph is not started: call start() in beforeAll');
      return db.url;
    },
    tokens,
    ask: (query, variables, username) =>
      postGraphQL(url, query, variables, { token: tokens[username]!, secret: TEST_SUBGRAPH_SECRET }),
  };
}
