/**
 * `npm run reindex`: rebuilds the search index and its title lexicon from every registered source, then
 * prints the drift that remains (none expected). Uses DATABASE_URL, or the embedded database under
 * QIFU_DATA_DIR when the server is not running. A running server can instead use the `searchReconcile`
 * mutation with `repair: true`.
 */
import 'reflect-metadata';
import { loadConfig } from '../config/index.js';
import { createLogger } from '../common/logger.js';
import { prepareDatabase } from '../db/prepare.js';
import { initOrm } from '../db/orm.js';
import { bootstrapSites } from '../modules/site/index.js';
import { engineFor, typesenseConnections } from '../modules/search/index.js';
import { reconcile, reindexAll } from '../modules/search/index.js';
import { ensureDictionary } from '../modules/search/index.js';
import { extensionsOf, MODULES } from '../app/modules.js';

async function main(): Promise<void> {
  const { searchSources } = extensionsOf(MODULES);
  const config = loadConfig();
  const db = await prepareDatabase(config, createLogger('warn'), { reuseRunning: true });
  const url = db.appUrl;
  try {
    const orm = await initOrm(url, 4);
    try {
      await bootstrapSites(orm.em.fork());
      const started = Date.now();
      const em = orm.em.fork();
      const services = { typesense: typesenseConnections() };
      await ensureDictionary(em);
      const run = await em.transactional((tx) => reindexAll(tx, engineFor(tx, services), searchSources, (line) => console.log(line)));
      console.log(`reindexed ${run.indexed} documents, removed ${run.removed} in ${Date.now() - started} ms (engine ${engineFor(em, services).name})`);
      for (const d of await reconcile(orm.em.fork(), engineFor(orm.em.fork(), services), searchSources)) {
        console.log(`${d.kind}: source ${d.sourceCount}, index ${d.indexedCount}, missing ${d.missing}, extra ${d.extra}, stale ${d.stale}`);
      }
    } finally {
      await orm.close(true);
    }
  } finally {
    await db.embedded?.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
