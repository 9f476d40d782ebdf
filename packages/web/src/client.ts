import i18next from 'i18next';
import { Client, cacheExchange, fetchExchange } from 'urql';
import { prefetchExchange } from './prefetch';

/** The GraphQL client for one session: same origin as the app, the token in the Authorization header. */
export function createHubClient(token: string): Client {
  return new Client({
    url: '/graphql',
    exchanges: [cacheExchange, prefetchExchange, fetchExchange],
    requestPolicy: 'cache-and-network',
    // The gateway takes POST only (CSRF protection and no query text in access logs).
    preferGetMethod: false,
    // The hub answers refusals and errors in the language the person reads the dashboard in.
    fetchOptions: () => ({
      headers: { authorization: `Bearer ${token}`, 'accept-language': i18next.language === 'en' ? 'en' : 'id' },
    }),
  });
}
