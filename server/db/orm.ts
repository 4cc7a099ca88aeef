import { MikroORM } from '@mikro-orm/postgresql';
import { ReflectMetadataProvider } from '@mikro-orm/decorators/legacy';
import { PoolExecuteEntityManager } from '../patches/mikro-orm-execute.js';
import { Account } from '../modules/account/index.js';
import { Enterprise } from '../modules/enterprise/index.js';
import { Institution } from '../modules/institution/index.js';
import { Site } from '../modules/site/index.js';
import { Policy } from '../modules/policy/index.js';
import { Docking } from '../modules/docking/index.js';
import { ServiceProduct } from '../modules/product/index.js';
import { Demand } from '../modules/demand/index.js';
import { Activity } from '../modules/activity/index.js';

export const ENTITIES = [Account, Enterprise, Institution, Site, ServiceProduct, Docking, Demand, Activity, Policy];

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
