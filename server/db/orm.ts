import { MikroORM } from '@mikro-orm/postgresql';
import { ReflectMetadataProvider } from '@mikro-orm/decorators/legacy';
import { PoolExecuteEntityManager } from '../patches/mikro-orm-execute.js';
import { Account } from '../modules/account/account.entity.js';
import { Enterprise } from '../modules/enterprise/enterprise.entity.js';
import { Institution } from '../modules/institution/institution.entity.js';
import { Site } from '../modules/site/site.entity.js';
import { Policy } from '../modules/policy/policy.entity.js';
import { DOCKING_ENTITIES } from '../modules/docking/index.js';

export const ENTITIES = [Account, Enterprise, Institution, Site, ...DOCKING_ENTITIES, Policy];

export function initOrm(clientUrl: string, poolMax = 20): Promise<MikroORM> {
  return MikroORM.init({
    clientUrl,
    entities: ENTITIES,
    entityManager: PoolExecuteEntityManager,
    metadataProvider: ReflectMetadataProvider,
    discovery: { warnWhenNoEntities: false },
    pool: { min: 0, max: poolMax },
    allowGlobalContext: false,
    debug: false,
  });
}
