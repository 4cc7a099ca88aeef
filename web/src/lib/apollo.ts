import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { OperationTypeNode } from 'graphql';
import { createClient } from 'graphql-ws';
import { observeUnauthenticated } from '../features/session/session.js';
import { paginationTypePolicies } from './pagination.js';

/**
 * Same-origin GraphQL: the session is the HttpOnly `qifu_session` cookie, which the browser sends with both
 * the HTTP requests (Apollo's JSON content type satisfies the server's CSRF prevention) and the graphql-ws
 * upgrade on the same path.
 */
export function createApolloClient(): ApolloClient {
  const http = new HttpLink({ uri: '/graphql', credentials: 'same-origin' });
  const realtime = createClient({
    url: () => `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/graphql`,
    // Open only while a subscription is active, so the socket never outlives the session it was opened with.
    lazy: true,
    retryAttempts: 5,
  });
  // An operation refused for want of a session tells the header a session that existed has ended.
  const session = new ErrorLink(({ error }) => {
    if (CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) observeUnauthenticated();
  });
  // Trusted documents: HTTP operations go as the id codegen registered at build time (gql/persisted-documents.json),
  // never as text; an unknown id is refused by the server, so there is nothing to retry.
  const trusted = new PersistedQueryLink({
    generateHash: (doc) => (doc as { __meta__?: { hash?: string } }).__meta__?.hash ?? '',
    retry: () => false,
    disable: () => false,
  });
  const transport = ApolloLink.split(
    ({ operationType }) => operationType === OperationTypeNode.SUBSCRIPTION,
    new GraphQLWsLink(realtime),
    trusted.concat(http),
  );
  const link = ApolloLink.from([session, transport]);
  const paged = paginationTypePolicies();
  const cache = new InMemoryCache({
    typePolicies: {
      // Lists: their pages merged in the cache, so 加载更多 is a fetchMore and mutations update what is shown.
      ...paged,
      // A hit's id is its object's id, but its highlights belong to one query: never merge hits across searches.
      SearchHit: { keyFields: false },
    },
  });
  const client = new ApolloClient({ link, cache });
  // Signing in or out resets the store; reconnect so a live socket re-authenticates with the new cookie.
  client.onResetStore(async () => realtime.terminate());
  return client;
}
