import type { QifuModule } from '../../common/module.js';
import { AuditResolver } from './audit.resolver.js';

/** The audit log, read by the audit administrator. */
export const auditModule: QifuModule = {
  name: 'audit',
  resolvers: [AuditResolver],
};
