import type { QifuModule } from '../../common/module.js';
import { AccountResolver } from './account.resolver.js';
import { AdminChangeResolver } from './admin-change.resolver.js';
import { LOGIN_ATTEMPT_SWEEP_QUEUE, sweepLoginAttempts } from './attempts.js';
import { sweepPasswordResetRequests } from './password-reset.js';
import { PasswordStrength } from './password-strength.js';
import { sealStoredTotpSecrets } from './totp.js';

/** Accounts, sign-in, sessions and the administrators' account management. */
export const accountModule: QifuModule = {
  name: 'account',
  resolvers: [AccountResolver, AdminChangeResolver],
  services: () => ({ passwordStrength: new PasswordStrength() }),
  jobs: () => ({
    [LOGIN_ATTEMPT_SWEEP_QUEUE]: async (_job, em) => {
      await sweepLoginAttempts(em);
      await sweepPasswordResetRequests(em);
    },
  }),
  cron: [{ name: 'login-attempt-sweep', cron: '17 * * * *', queue: LOGIN_ATTEMPT_SWEEP_QUEUE, payload: {} }],
  // TOTP seeds stored before they were sealed are sealed once (idempotent; none on a new installation).
  start: async ({ orm, config }) => void (await sealStoredTotpSecrets(orm.em.fork(), config)),
};

// Public API: what other features may use.
export { createFirstAdministrator } from './account.bootstrap.js';
export { Account } from './account.entity.js';
export { ACCOUNT_ACCESS_CHANGED, type AccountAccessChangedEvent } from './account.events.js';
export { ACCOUNT_COLUMNS, accountById, loadAccount } from './account.service.js';
export { accessOf, checkSession, resolveSession, revokeAccountSessions, type SessionGrant } from './session.service.js';
