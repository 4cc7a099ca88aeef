import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { graphql } from '../../gql/index.js';
import type { ReminderKind } from '../../gql/graphql.js';
import { formatDateTime, inOrder } from '../../lib/codes.js';
import { Link } from '../../lib/router.js';
import { ReminderKindLabel } from '../../gql/labels.js';

export const REMINDER_KIND_LABELS: Readonly<Record<ReminderKind, string>> = inOrder(ReminderKindLabel, [
  'DEADLINE_APPROACHING',
  'DEMAND_DISPATCHED',
  'DEMAND_NO_OFFER',
  'DEMAND_OFFER',
  'ESCALATED',
  'NEW_DOCKING',
  'NEW_MESSAGE',
  'SLA_BREACHED',
  'STATUS_CHANGED',
  'URGED',
]);

const UnreadRemindersQuery = graphql(`
  query UnreadReminders {
    myReminders(first: 10, unreadOnly: true) {
      totalCount
      nodes {
        id
        kind
        message
        createdAt
        demandId
        docking {
          id
        }
      }
    }
  }
`);

const ReminderLiveSubscription = graphql(`
  subscription ReminderLive {
    reminderReceived {
      id
      kind
    }
  }
`);

const ReminderMarkReadMutation = graphql(`
  mutation ReminderMarkRead($id: ID!) {
    reminderMarkRead(id: $id) {
      reminder {
        id
        readAt
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

/**
 * Unread reminders (提醒) of the viewer, newest first, refreshed live when one arrives; each links to its docking
 * or demand (on the side's own pages) and can be marked read.
 */
export function RemindersPanel({ dockingPath, demandPath }: { dockingPath: (id: string) => string; demandPath: (id: string) => string }) {
  const { data, refetch } = useQuery(UnreadRemindersQuery, { fetchPolicy: 'cache-and-network' });
  useSubscription(ReminderLiveSubscription, {
    onData: () => {
      void refetch();
    },
  });
  const [markRead, { loading }] = useMutation(ReminderMarkReadMutation, { refetchQueries: ['UnreadReminders'] });
  const list = data?.myReminders;
  if (!list?.totalCount) return null;
  return (
    <section className="panel reminders" aria-labelledby="reminders-title">
      <h2 id="reminders-title">
        未读提醒 <span className="badge badge--pending">{list.totalCount}</span>
      </h2>
      <ul aria-live="polite">
        {list.nodes.map((r) => (
          <li key={r.id} className="reminder" data-testid="reminder">
            <span className="tag">{REMINDER_KIND_LABELS[r.kind]}</span>
            <span className="reminder__message">
              {r.docking ? (
                <Link to={dockingPath(r.docking.id)}>{r.message}</Link>
              ) : r.demandId ? (
                <Link to={demandPath(r.demandId)}>{r.message}</Link>
              ) : (
                r.message
              )}
            </span>
            <time className="hint" dateTime={r.createdAt}>
              {formatDateTime(r.createdAt)}
            </time>
            <button type="button" className="button button--ghost" disabled={loading} onClick={() => void markRead({ variables: { id: r.id } })}>
              标为已读
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
