import type { ReactNode } from 'react';
import { AdminPoliciesPage } from './AdminPoliciesPage.js';
import { ConditionsPage } from './ConditionsPage.js';
import { InboxPage } from './InboxPage.js';
import { PolicyEditorPage } from './PolicyEditorPage.js';
import { ReachPage } from './ReachPage.js';
import { ReviewQueuePage } from './ReviewQueuePage.js';
import { SubscriptionsPage } from './SubscriptionsPage.js';
import { UnsubscribePage } from './UnsubscribePage.js';

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * The policy pages' routes: the page for a path, or null when the path is not one of them.
 * App.tsx asks this before its own fallbacks; this file (and the pages beside it) belong to the policy area.
 */
export function policyRoute(path: string): ReactNode | null {
  switch (path) {
    case '/policy/subscriptions':
      return <SubscriptionsPage />;
    case '/my/inbox':
      return <InboxPage />;
    // The link printed in e-mails and SMS.
    case '/unsubscribe':
    case '/policy/unsubscribe':
      return <UnsubscribePage />;
    case '/admin/policies':
      return <AdminPoliciesPage />;
    case '/admin/policies/review':
      return <ReviewQueuePage />;
    case '/admin/policies/new':
      return <PolicyEditorPage id={null} />;
  }
  const admin = /^\/admin\/policies\/([^/]+)\/(edit|conditions|reach)$/.exec(path);
  if (admin?.[1]) {
    const id = decode(admin[1]);
    return admin[2] === 'edit' ? <PolicyEditorPage id={id} /> : admin[2] === 'reach' ? <ReachPage id={id} /> : <ConditionsPage id={id} />;
  }
  return null;
}
