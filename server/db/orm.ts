import { MikroORM } from '@mikro-orm/postgresql';
import { ReflectMetadataProvider } from '@mikro-orm/decorators/legacy';
import { afterCommitSubscriber } from '../common/after-commit.js';
import { PoolExecuteEntityManager } from '../patches/mikro-orm-execute.js';

export function initOrm(clientUrl: string, poolMax = 20): Promise<MikroORM> {
  return MikroORM.init({
    clientUrl,
    // No entities: data is read and written in SQL with generated row types (server/db/tables.generated.ts).
    entities: [],
    entityManager: PoolExecuteEntityManager,
    metadataProvider: ReflectMetadataProvider,
    discovery: { warnWhenNoEntities: false },
    pool: { min: 0, max: poolMax },
    allowGlobalContext: false,
    debug: false,
    subscribers: [afterCommitSubscriber],
  });
}
