import { afterCommit } from '../../common/after-commit.js';
import type { JobHandler } from '../../common/jobs.js';
import type { PlatformDeps } from '../../common/system-context.js';
import { engineFor } from './engines.js';
import { INDEX_QUEUE, processOutbox } from './indexer.js';

/** The `search.index` job: each outbox row enqueues one; any run drains every pending row. */
export function searchJobs(deps: PlatformDeps): Record<string, JobHandler> {
  return {
    [INDEX_QUEUE]: async (_job, em) => {
      const run = await processOutbox(em, engineFor(em, deps.services), deps.extensions.searchSources, () => deps.orm.em.fork());
      // New words join the lexicon once they are committed: a reload before the commit would cache the old words.
      if (run.indexed || run.removed) afterCommit(em, () => deps.services.lexicon.invalidate());
    },
  };
}
