import type { Server } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { createLogger, UnauthenticatedError } from '@hub/errors';
import { buildSchema } from 'graphql';
import { closeHttpServer, createGraphQLHttpServer, listen } from './http';
import { BEARER_CSRF_PREVENTION, GRAPHQL_RESPONSE_JSON, responseMediaType } from './media';

const schema = buildSchema(`
  type Query { hello(name: String): String! broken: String! }
  type Mutation { bump: Int! }
`);
const rootValue = {
  hello: ({ name }: { name?: string }) => `halo ${name ?? 'dunia'}`,
  broken: () => {
    throw new Error('resolver failed');
  },
  bump: () => 1,
};

let server: Server;
let url: string;
let apollo: ApolloServer;

beforeAll(async () => {
  apollo = new ApolloServer({ schema, rootValue, csrfPrevention: BEARER_CSRF_PREVENTION, allowBatchedHttpRequests: false });
  await apollo.start();
  server = createGraphQLHttpServer({
    apollo,
    log: createLogger('test', 'silent'),
    context: async (req) => {
      if (req.headers.authorization !== 'Bearer good') throw new UnauthenticatedError();
      return {};
    },
    ready: async () => true,
    maxBodyBytes: 2_000,
  });
  url = `http://127.0.0.1:${await listen(server, 0, '127.0.0.1')}/graphql`;
});

afterAll(async () => {
  await closeHttpServer(server);
  await apollo.stop();
});

const GQL = 'application/graphql-response+json';
const auth = { authorization: 'Bearer good' };
const post = (body: string, headers: Record<string, string> = {}) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...auth, ...headers }, body });
const get = (params: Record<string, string>, headers: Record<string, string> = {}) =>
  fetch(`${url}?${new URLSearchParams(params).toString()}`, { headers: { ...auth, ...headers } });

describe('GraphQL over HTTP', () => {
  it('answers application/graphql-response+json to a client that accepts it, application/json to one that does not say', async () => {
    const a = await post(JSON.stringify({ query: '{ hello }' }), { accept: `${GQL}, application/json;q=0.9` });
    expect(a.status).toBe(200);
    expect(a.headers.get('content-type')).toBe(GRAPHQL_RESPONSE_JSON);
    expect(await a.json()).toEqual({ data: { hello: 'halo dunia' } });
    const b = await post(JSON.stringify({ query: '{ hello }' }));
    expect(b.headers.get('content-type')).toMatch(/^application\/json/);
  });

  it('runs a query sent with GET, variables in the URL', async () => {
    const res = await get(
      { query: 'query Hi($n: String) { hello(name: $n) }', variables: JSON.stringify({ n: 'Jambi' }) },
      { accept: GQL },
    );
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { hello: 'halo Jambi' } });
  });

  it('refuses a mutation sent with GET (405, allow POST)', async () => {
    const res = await get({ query: 'mutation { bump }' }, { accept: GQL });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('POST');
  });

  it('gives each kind of failure its status code', async () => {
    const status = async (res: Promise<Response>) => (await res).status;
    // Not acceptable, unsupported method, unsupported media type, too large.
    expect(await status(post(JSON.stringify({ query: '{ hello }' }), { accept: 'text/html' }))).toBe(406);
    expect(await status(fetch(url, { method: 'PUT', headers: auth }))).toBe(405);
    expect(await status(post('query={hello}', { 'content-type': 'application/x-www-form-urlencoded' }))).toBe(415);
    expect(await status(post(JSON.stringify({ query: '{ hello }' }), { 'content-type': 'text/plain' }))).toBe(415);
    expect(await status(post(JSON.stringify({ query: `{ hello(name: "${'x'.repeat(3_000)}") }` })))).toBe(413);
    // Not JSON, no document, a document that does not parse, does not validate, variables of the wrong type.
    expect(await status(post('{"query":', { accept: GQL }))).toBe(400);
    expect(await status(post(JSON.stringify({}), { accept: GQL }))).toBe(400);
    expect(await status(post(JSON.stringify({ query: '{ hello' }), { accept: GQL }))).toBe(400);
    expect(await status(post(JSON.stringify({ query: '{ nothing }' }), { accept: GQL }))).toBe(400);
    expect(
      await status(
        post(JSON.stringify({ query: 'query($n: String) { hello(name: $n) }', variables: { n: 5 } }), { accept: GQL }),
      ),
    ).toBe(400);
    // No token: 401 with the scheme to use.
    const anonymous = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: GQL },
      body: '{}',
    });
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toBe('Bearer');
    expect(anonymous.headers.get('content-type')).toBe(GRAPHQL_RESPONSE_JSON);
    // The request was valid and ran: a field error is a GraphQL response, 200 even when data is null.
    const ran = await post(JSON.stringify({ query: '{ broken }' }), { accept: GQL });
    expect(ran.status).toBe(200);
    expect(((await ran.json()) as { data: unknown }).data).toBeNull();
  });

  it('keeps CSRF prevention: a GET without a preflighted header never runs', async () => {
    const res = await fetch(`${url}?${new URLSearchParams({ query: '{ hello }' }).toString()}`);
    expect(res.status).toBe(401);
    // A cross-site form can only post simple content types: refused before the body is read, token or not.
    expect((await post('{"query":"mutation { bump }"}', { 'content-type': 'text/plain;charset=UTF-8' })).status).toBe(415);
  });
});

describe('choosing the response media type', () => {
  it('follows the Accept header and its weights', () => {
    expect(responseMediaType(undefined)).toMatch(/^application\/json/);
    expect(responseMediaType('*/*')).toMatch(/^application\/json/);
    expect(responseMediaType(`${GQL}, application/json`)).toBe(GRAPHQL_RESPONSE_JSON);
    expect(responseMediaType(`application/json, ${GQL}`)).toMatch(/^application\/json/);
    expect(responseMediaType('application/*')).toMatch(/^application\/json/);
    expect(responseMediaType('application/json')).toMatch(/^application\/json/);
    expect(responseMediaType(`application/json, ${GQL};q=0.5`)).toMatch(/^application\/json/);
    expect(responseMediaType(`${GQL};q=0.9, application/json;q=0.8`)).toBe(GRAPHQL_RESPONSE_JSON);
    expect(responseMediaType('text/html')).toBeNull();
    expect(responseMediaType('application/json;q=0')).toBeNull();
  });
});
