/** The notification centre's settings, read from the environment when a platform starts (README, "Configuration"). */
export interface NotificationConfig {
  /** smtp(s)://user:pass@host:port — unset: e-mail goes to the log channel. */
  smtpUrl: string | null;
  mailFrom: string;
  /** Origin of the links in e-mail and SMS (the web client's address). */
  publicUrl: string;
  dkim: { domainName: string; keySelector: string; privateKey: string } | null;
  /** `aliyun`, `tencent` or unset (the log channel). */
  smsProvider: 'aliyun' | 'tencent' | null;
  sms: {
    keyId: string;
    keySecret: string;
    signName: string;
    /** Template id per notification kind, with `default` for the rest. */
    templates: Record<string, string>;
    /** Tencent: SmsSdkAppId; region (ap-guangzhou). */
    appId: string;
    region: string;
    endpoint: string | null;
  };
}

export function notificationConfig(env: NodeJS.ProcessEnv = process.env): NotificationConfig {
  const provider = (env.QIFU_SMS_PROVIDER || '').toLowerCase();
  if (provider && provider !== 'aliyun' && provider !== 'tencent' && provider !== 'log') {
    throw new Error(`QIFU_SMS_PROVIDER must be aliyun, tencent or log, got "${provider}"`);
  }
  let templates: Record<string, string> = {};
  if (env.QIFU_SMS_TEMPLATES) {
    try {
      templates = JSON.parse(env.QIFU_SMS_TEMPLATES) as Record<string, string>;
    } catch {
      throw new Error('QIFU_SMS_TEMPLATES must be a JSON object of kind → template id');
    }
  }
  if (env.QIFU_SMS_TEMPLATE_ID) templates.default ??= env.QIFU_SMS_TEMPLATE_ID;
  const dkimKey = env.QIFU_DKIM_PRIVATE_KEY;
  return {
    smtpUrl: env.QIFU_SMTP_URL || null,
    mailFrom: env.QIFU_MAIL_FROM || '企服平台 <noreply@qifu.local>',
    publicUrl: (env.QIFU_PUBLIC_URL || 'http://localhost:4000').replace(/\/+$/, ''),
    dkim:
      dkimKey && env.QIFU_DKIM_DOMAIN && env.QIFU_DKIM_SELECTOR
        ? { domainName: env.QIFU_DKIM_DOMAIN, keySelector: env.QIFU_DKIM_SELECTOR, privateKey: dkimKey.replace(/\\n/g, '\n') }
        : null,
    smsProvider: provider === 'aliyun' || provider === 'tencent' ? provider : null,
    sms: {
      keyId: env.QIFU_SMS_KEY_ID || '',
      keySecret: env.QIFU_SMS_KEY_SECRET || '',
      signName: env.QIFU_SMS_SIGN_NAME || '',
      templates,
      appId: env.QIFU_SMS_APP_ID || '',
      region: env.QIFU_SMS_REGION || 'ap-guangzhou',
      endpoint: env.QIFU_SMS_ENDPOINT || null,
    },
  };
}
