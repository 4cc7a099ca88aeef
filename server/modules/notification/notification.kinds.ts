import { registerEnumType } from 'type-graphql';
import { labelValues } from '../../common/labels.js';

/** What a notification is about; each feature that tells people something picks one. */
export enum NotificationKind {
  DOCKING_STATUS = 'DOCKING_STATUS',
  DOCKING_MESSAGE = 'DOCKING_MESSAGE',
  DOCKING_REMINDER = 'DOCKING_REMINDER',
  DOCKING_ESCALATION = 'DOCKING_ESCALATION',
  DEMAND_OFFER = 'DEMAND_OFFER',
  DEMAND_DECISION = 'DEMAND_DECISION',
  NEED_REPLY = 'NEED_REPLY',
  REVIEW_OUTCOME = 'REVIEW_OUTCOME',
  WAITLIST_PROMOTED = 'WAITLIST_PROMOTED',
  ACTIVITY_CHANGED = 'ACTIVITY_CHANGED',
  ACTIVITY_REMINDER = 'ACTIVITY_REMINDER',
  POLICY_PUSH = 'POLICY_PUSH',
  POLICY_DIGEST = 'POLICY_DIGEST',
  SYSTEM = 'SYSTEM',
  /** A one-time code (password reset): sent only to the channel asked for, never listed in 我的消息. */
  SECURITY_CODE = 'SECURITY_CODE',
}

export const NOTIFICATION_KIND_LABELS: Record<NotificationKind, string> = {
  DOCKING_STATUS: '对接状态变更',
  DOCKING_MESSAGE: '对接新留言',
  DOCKING_REMINDER: '对接时限提醒与催办',
  DOCKING_ESCALATION: '对接超时与升级督办',
  DEMAND_OFFER: '诉求承接方案',
  DEMAND_DECISION: '诉求处理结果',
  NEED_REPLY: '需求回复',
  REVIEW_OUTCOME: '审核结果',
  WAITLIST_PROMOTED: '候补转正',
  ACTIVITY_CHANGED: '活动变更',
  ACTIVITY_REMINDER: '活动开始提醒',
  POLICY_PUSH: '政策推送',
  POLICY_DIGEST: '政策摘要',
  SYSTEM: '系统通知',
  SECURITY_CODE: '安全验证码',
};
registerEnumType(NotificationKind, {
  name: 'NotificationKind',
  description: '消息类型 / What a notification (我的消息) is about.',
  valuesConfig: labelValues(NOTIFICATION_KIND_LABELS),
});

/** Where a notification goes besides the in-app list (which always has it). */
export enum NotificationChannel {
  IN_APP = 'IN_APP',
  EMAIL = 'EMAIL',
  SMS = 'SMS',
}
registerEnumType(NotificationChannel, {
  name: 'NotificationChannel',
  description: '通知渠道 / Channel of a notification (IN_APP is always on).',
  valuesConfig: { IN_APP: { description: '站内消息' }, EMAIL: { description: '电子邮件' }, SMS: { description: '短信' } },
});

export type SendChannel = 'EMAIL' | 'SMS';

/**
 * Channels on by default per kind (a person's preferences override them). E-mail for what needs an answer or
 * changes a plan; SMS only for what is time-critical. Policy pushes go out by e-mail/SMS through the policy
 * subscriptions (their own addresses and frequency), so the centre keeps them in-app by default.
 */
export const DEFAULT_CHANNELS: Record<NotificationKind, readonly SendChannel[]> = {
  DOCKING_STATUS: ['EMAIL'],
  DOCKING_MESSAGE: ['EMAIL'],
  DOCKING_REMINDER: ['EMAIL', 'SMS'],
  DOCKING_ESCALATION: ['EMAIL', 'SMS'],
  DEMAND_OFFER: ['EMAIL'],
  DEMAND_DECISION: ['EMAIL'],
  NEED_REPLY: ['EMAIL'],
  REVIEW_OUTCOME: ['EMAIL'],
  WAITLIST_PROMOTED: ['EMAIL', 'SMS'],
  ACTIVITY_CHANGED: ['EMAIL', 'SMS'],
  ACTIVITY_REMINDER: ['EMAIL'],
  POLICY_PUSH: [],
  POLICY_DIGEST: [],
  SYSTEM: ['EMAIL'],
  SECURITY_CODE: [],
};

/** Kinds whose messages carry a secret: not in the in-app list or the preferences, sent regardless of preferences and caps. */
export const SECRET_KINDS: readonly NotificationKind[] = [NotificationKind.SECURITY_CODE];
