import type { QifuModule } from '../../common/module.js';
import { HelpResolver } from './help.resolver.js';

/** User guides per role (P3). */
export const helpModule: QifuModule = {
  name: 'help',
  resolvers: [HelpResolver],
};
