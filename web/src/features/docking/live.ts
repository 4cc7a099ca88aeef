import { useSubscription } from '@apollo/client/react';
import { graphql } from '../../gql/index.js';

const DockingListLiveSubscription = graphql(`
  subscription DockingListLive {
    dockingUpdated {
      event {
        id
        type
      }
      docking {
        id
        status
        updatedAt
      }
    }
  }
`);

/** Refetches a docking list whenever one of the viewer's dockings changes (a new request arrives, a status moves). */
export function useLiveDockings(refetch: () => unknown): void {
  useSubscription(DockingListLiveSubscription, {
    onData: () => {
      void refetch();
    },
  });
}
