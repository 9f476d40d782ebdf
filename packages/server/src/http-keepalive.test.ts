import { Agent, request, type Server } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { createLogger } from '@hub/errors';
import { buildSchema } from 'graphql';
import { closeHttpServer, createGraphQLHttpServer, listen } from './http';

let server: Server;
let port: number;
let apollo: ApolloServer;

beforeAll(async () => {
  apollo = new ApolloServer({ schema: buildSchema('type Query { hello: String }') });
  await apollo.start();
  server = createGraphQLHttpServer({
    apollo,
    log: createLogger('test', 'silent'),
    context: async () => ({}),
    ready: async () => true,
  });
  port = await listen(server, 0, '127.0.0.1');
});

afterAll(async () => {
  await closeHttpServer(server);
  await apollo.stop();
});

/** GET /health on the agent's connection; resolves with whether an existing connection was reused. */
function health(agent: Agent): Promise<{ status: number; reused: boolean }> {
  return new Promise((ok, fail) => {
    const req = request({ host: '127.0.0.1', port, path: '/health', agent }, (res) => {
      res.resume();
      res.on('end', () => ok({ status: res.statusCode ?? 0, reused: req.reusedSocket }));
    });
    req.on('error', fail);
    req.end();
  });
}

it('keeps an idle connection open past Node default of 5 s, so a client reusing it is not cut off', async () => {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  try {
    expect(await health(agent)).toEqual({ status: 200, reused: false });
    await new Promise((resolve) => setTimeout(resolve, 6_000));
    expect(await health(agent)).toEqual({ status: 200, reused: true });
  } finally {
    agent.destroy();
  }
}, 15_000);
