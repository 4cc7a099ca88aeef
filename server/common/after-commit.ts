import type { EntityManager, EventSubscriber, TransactionEventArgs } from '@mikro-orm/postgresql';

/**
 * Work that must follow a commit in this process (dropping a cache the transaction's rows would change): it
 * runs after the outermost transaction commits and never after a rollback. Events (`ctx.events.publish`) reach
 * every instance after commit too, but asynchronously; this runs before `transactional()` returns, so the
 * request or job that wrote the rows sees its own change.
 *
 * Hooks are kept per transaction object; a savepoint's hooks pass to its parent when it is released and are
 * dropped when it is rolled back. Module-level by nature: keyed by transaction objects of any platform.
 */
const hooks = new WeakMap<object, (() => void)[]>();
/** Savepoint → the transaction it was opened in (learnt at its start, from the em that opened it). */
const parents = new WeakMap<object, object>();
/** The em opening a nested transaction → its current transaction, between beforeTransactionStart and afterTransactionStart. */
const opening = new WeakMap<object, object>();

const isSavepoint = (t: object) => 'savepointName' in t;

/** Runs `fn` after the transaction of `em` commits (at once when `em` is in none). */
export function afterCommit(em: EntityManager, fn: () => void): void {
  const trx = em.getTransactionContext();
  if (!trx) {
    fn();
    return;
  }
  const list = hooks.get(trx) ?? [];
  list.push(fn);
  hooks.set(trx, list);
}

/** Registered in orm.ts. */
export const afterCommitSubscriber: EventSubscriber = {
  beforeTransactionStart({ em, transaction }: TransactionEventArgs) {
    if (transaction) opening.set(em, transaction);
  },
  afterTransactionStart({ em, transaction }: TransactionEventArgs) {
    const parent = opening.get(em);
    opening.delete(em);
    if (transaction && parent && isSavepoint(transaction)) parents.set(transaction, parent);
  },
  afterTransactionCommit({ transaction }: TransactionEventArgs) {
    if (!transaction) return;
    const list = hooks.get(transaction);
    hooks.delete(transaction);
    if (!list?.length) return;
    const parent = isSavepoint(transaction) ? parents.get(transaction) : undefined;
    if (parent) hooks.set(parent, [...(hooks.get(parent) ?? []), ...list]);
    else for (const fn of list) fn();
  },
  afterTransactionRollback({ transaction }: TransactionEventArgs) {
    if (transaction) hooks.delete(transaction);
  },
};
