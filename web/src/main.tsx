import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { createAppRouter } from './app/routes.js';
import { createApolloClient } from './lib/apollo.js';
import { bindRouter } from './lib/router.js';
import './styles.css';

const client = createApolloClient();
const router = createAppRouter();
bindRouter(router);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ApolloProvider client={client}>
      <RouterProvider router={router} />
    </ApolloProvider>
  </StrictMode>,
);
