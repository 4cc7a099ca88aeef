import { chinaWallMs, fromChinaWallMs } from '../../common/china-time.js';

/** A template names a variable its notification does not carry: the delivery fails with this, clearly, never crashes. */
export class TemplateVariableMissing extends Error {
  constructor(readonly variable: string) {
    super(`模板变量缺失：${variable}`);
  }
}

/** Fills `{{name}}` placeholders; every placeholder must have a value. */
export function renderTemplate(template: string, vars: Readonly<Record<string, string | undefined>>): string {
  return template.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (_, name: string) => {
    const v = vars[name];
    if (v === undefined || v === null) throw new TemplateVariableMissing(name);
    return v;
  });
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export const EMAIL_SUBJECT = '【企服平台】{{title}}';
export const EMAIL_TEXT = `{{name}}，您好：

{{title}}
{{body}}

查看详情：{{url}}

—— 企业公共服务平台
不想再收到此类邮件？退订：{{unsubscribeUrl}}
`;
export const EMAIL_HTML = `<!doctype html><html lang="zh-CN"><body style="font-family:sans-serif;line-height:1.6">
<p>{{name}}，您好：</p><p><strong>{{title}}</strong></p><p>{{body}}</p>
<p><a href="{{url}}">查看详情</a></p>
<p style="color:#888;font-size:12px">—— 企业公共服务平台<br>不想再收到此类邮件？<a href="{{unsubscribeUrl}}">退订</a></p>
</body></html>`;

/** The e-mail of a notification: subject, plain text and HTML parts (HTML-escaped values in the HTML part). */
export function renderEmail(vars: Record<string, string | undefined>): { subject: string; text: string; html: string } {
  const html = Object.fromEntries(Object.entries(vars).map(([k, v]) => [k, v === undefined ? undefined : escapeHtml(v)]));
  return { subject: renderTemplate(EMAIL_SUBJECT, vars), text: renderTemplate(EMAIL_TEXT, vars), html: renderTemplate(EMAIL_HTML, html) };
}

const DAY = 86_400_000;

/**
 * When quiet hours (minutes of the China day; start > end spans midnight) that hold at `now` end, or null when
 * `now` is outside them. 22:00–08:00 by default: a non-urgent e-mail at 23:10 waits until 08:00 the next morning.
 */
export function quietUntil(now: Date, startMinute: number, endMinute: number): Date | null {
  if (startMinute === endMinute) return null;
  const wall = chinaWallMs(now);
  const dayStart = wall - (((wall % DAY) + DAY) % DAY);
  const minute = (wall - dayStart) / 60_000;
  const inQuiet = startMinute < endMinute ? minute >= startMinute && minute < endMinute : minute >= startMinute || minute < endMinute;
  if (!inQuiet) return null;
  const endToday = dayStart + endMinute * 60_000;
  return fromChinaWallMs(endToday > wall ? endToday : endToday + DAY);
}

/** The start of the next China day's allowance window (after quiet hours end), for a delivery over its daily cap. */
export function nextDayAfterQuiet(now: Date, endMinute: number): Date {
  const wall = chinaWallMs(now);
  const dayStart = wall - (((wall % DAY) + DAY) % DAY);
  return fromChinaWallMs(dayStart + DAY + endMinute * 60_000);
}
