import type { QifuModule } from '../../common/module.js';
import { AccountResolver } from './account.resolver.js';

/** Accounts, sign-in, sessions and the administrators' account management. */
export const accountModule: QifuModule = {
  name: 'account',
  resolvers: [AccountResolver],
};

// Public API: what other features may use.
export { Account } from './account.entity.js';
export { ACCOUNT_COLUMNS, accountById, loadAccount } from './account.service.js';
export { resolveSession, revokeAccountSessions } from './session.service.js';
export { createFirstAdministrator } from './account.bootstrap.js';
