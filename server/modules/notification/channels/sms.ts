import { randomUUID } from 'node:crypto';
import type { NotificationConfig } from '../notification.config.js';
import { ChannelError, type ChannelAdapter, type OutgoingMessage } from './port.js';
import { aliyunRpcSignature, popEncode, tc3Sign } from './sms-sign.js';

const TIMEOUT_MS = 10_000;

async function post(url: string, init: RequestInit): Promise<unknown> {
  let res: Response;
  try {
    res = await fetch(url, { ...init, signal: AbortSignal.timeout(TIMEOUT_MS) });
  } catch (err) {
    throw new ChannelError(`短信网关不可达：${(err as Error).message}`, false);
  }
  const text = await res.text();
  if (res.status >= 500) throw new ChannelError(`短信网关 HTTP ${res.status}`, false);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ChannelError(`短信网关应答无法解析（HTTP ${res.status}）`, false);
  }
}

const template = (m: OutgoingMessage) => {
  if (!m.template) throw new ChannelError('未配置短信模板（QIFU_SMS_TEMPLATE_ID / QIFU_SMS_TEMPLATES）', true);
  return m.template;
};

/** Transient provider codes (throttling, provider-side errors): retried; every other error code is permanent. */
const ALIYUN_TRANSIENT = /^(isv\.BUSINESS_LIMIT_CONTROL|isp\.|Throttling|ServiceUnavailable)/;
const TENCENT_TRANSIENT =
  /^(RequestLimitExceeded|InternalError|LimitExceeded\.(PhoneNumberThirtySecondLimit|PhoneNumberOneHourLimit)|FailedOperation\.(ContainSensitiveWord)?$)/;

/** Alibaba Cloud SMS (dysmsapi 2017-05-25, SendSms) signed with RPC signature v1; OutId carries the delivery id. */
export function aliyunSmsChannel(config: NotificationConfig, now: () => Date = () => new Date()): ChannelAdapter {
  const endpoint = config.sms.endpoint ?? 'https://dysmsapi.aliyuncs.com/';
  return {
    name: 'aliyun-sms',
    async send(m) {
      const t = template(m);
      const params: Record<string, string> = {
        AccessKeyId: config.sms.keyId,
        Action: 'SendSms',
        Format: 'JSON',
        OutId: m.idempotencyKey,
        PhoneNumbers: m.to,
        RegionId: 'cn-hangzhou',
        SignName: config.sms.signName,
        SignatureMethod: 'HMAC-SHA1',
        SignatureNonce: randomUUID(),
        SignatureVersion: '1.0',
        TemplateCode: t.id,
        TemplateParam: JSON.stringify(t.params),
        Timestamp: now()
          .toISOString()
          .replace(/\.\d{3}Z$/, 'Z'),
        Version: '2017-05-25',
      };
      const signature = aliyunRpcSignature(params, config.sms.keySecret, 'POST');
      const body = Object.entries({ Signature: signature, ...params })
        .map(([k, v]) => `${popEncode(k)}=${popEncode(v)}`)
        .join('&');
      const r = (await post(endpoint, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body })) as {
        Code?: string;
        Message?: string;
        BizId?: string;
      };
      if (r.Code !== 'OK') throw new ChannelError(`阿里云短信 ${r.Code ?? '?'}：${r.Message ?? ''}`, !ALIYUN_TRANSIENT.test(r.Code ?? 'isp.'));
      return { providerMessageId: r.BizId ?? null };
    },
  };
}

/** Tencent Cloud SMS (sms 2021-01-11, SendSms) signed with TC3-HMAC-SHA256; SessionContext carries the delivery id. */
export function tencentSmsChannel(config: NotificationConfig, now: () => Date = () => new Date()): ChannelAdapter {
  const host = config.sms.endpoint ? new URL(config.sms.endpoint).host : 'sms.tencentcloudapi.com';
  const url = config.sms.endpoint ?? `https://${host}/`;
  return {
    name: 'tencent-sms',
    async send(m) {
      const t = template(m);
      const payload = JSON.stringify({
        PhoneNumberSet: [m.to.startsWith('+') ? m.to : `+86${m.to}`],
        SmsSdkAppId: config.sms.appId,
        SignName: config.sms.signName,
        TemplateId: t.id,
        TemplateParamSet: Object.values(t.params),
        SessionContext: m.idempotencyKey,
      });
      const timestamp = Math.floor(now().getTime() / 1000);
      const { authorization } = tc3Sign({ secretId: config.sms.keyId, secretKey: config.sms.keySecret, service: 'sms', host, timestamp, payload });
      const r = (await post(url, {
        method: 'POST',
        headers: {
          authorization,
          'content-type': 'application/json; charset=utf-8',
          host,
          'x-tc-action': 'SendSms',
          'x-tc-timestamp': String(timestamp),
          'x-tc-version': '2021-01-11',
          'x-tc-region': config.sms.region,
        },
        body: payload,
      })) as { Response?: { Error?: { Code: string; Message: string }; SendStatusSet?: { Code: string; Message: string; SerialNo?: string }[] } };
      const error = r.Response?.Error;
      if (error) throw new ChannelError(`腾讯云短信 ${error.Code}：${error.Message}`, !TENCENT_TRANSIENT.test(error.Code));
      const status = r.Response?.SendStatusSet?.[0];
      if (!status || status.Code !== 'Ok') {
        throw new ChannelError(
          `腾讯云短信 ${status?.Code ?? '?'}：${status?.Message ?? '无发送结果'}`,
          !TENCENT_TRANSIENT.test(status?.Code ?? 'InternalError'),
        );
      }
      return { providerMessageId: status.SerialNo ?? null };
    },
  };
}
