import type { PlatformDeps } from '../../app/system-context.js';
import { engineFor } from './engines.js';
import { INDEX_QUEUE, processOutbox } from './indexer.js';
import './sources/index.js';

/** Registers the `search.index` job: each outbox row enqueues one; any run drains every pending row. */
export function registerSearchJobs(deps: PlatformDeps): void {
  deps.jobs.register(INDEX_QUEUE, async (_job, em) => {
    await processOutbox(em, engineFor(em));
  });
}
