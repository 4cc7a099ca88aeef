import type { QifuModule } from '../../common/module.js';
import { NoticeResolver } from './notice.resolver.js';

/** 通知公告: notices operators publish on a site's home page (inherited by its city sites). */
export const noticeModule: QifuModule = {
  name: 'notice',
  resolvers: [NoticeResolver],
};

// Public API: what other features may use.
export { Notice } from './notice.entity.js';
