import { describe, expect, it } from 'vitest';
import { chinaInstant } from '../../common/china-time.js';
import { nextDayAfterQuiet, quietUntil, renderEmail, renderTemplate, TemplateVariableMissing } from './templates.js';

describe('notification templates and quiet hours (issue 17)', () => {
  it('fills variables and names the missing one', () => {
    expect(renderTemplate('您好{{name}}：{{ title }}', { name: '张三', title: '新留言' })).toBe('您好张三：新留言');
    expect(() => renderTemplate('{{title}}{{missing}}', { title: 'x' })).toThrow(TemplateVariableMissing);
    expect(() => renderTemplate('{{missing}}', {})).toThrow('模板变量缺失：missing');
  });

  it('escapes values in the HTML part only', () => {
    const m = renderEmail({ name: 'A', title: '<b>', body: 'x & y', url: 'http://h/x', unsubscribeUrl: 'http://h/u' });
    expect(m.subject).toBe('【企服平台】<b>');
    expect(m.text).toContain('x & y');
    expect(m.html).toContain('&lt;b&gt;');
  });

  it('quiet hours 22:00–08:00 China time hold until 08:00', () => {
    expect(quietUntil(chinaInstant('2026-10-08', '23:10:00'), 1320, 480)).toEqual(chinaInstant('2026-10-09', '08:00:00'));
    expect(quietUntil(chinaInstant('2026-10-09', '06:00:00'), 1320, 480)).toEqual(chinaInstant('2026-10-09', '08:00:00'));
    expect(quietUntil(chinaInstant('2026-10-09', '08:00:00'), 1320, 480)).toBeNull();
    expect(quietUntil(chinaInstant('2026-10-09', '12:00:00'), 720, 780)).toEqual(chinaInstant('2026-10-09', '13:00:00'));
    expect(quietUntil(chinaInstant('2026-10-09', '12:00:00'), 0, 0)).toBeNull();
    expect(nextDayAfterQuiet(chinaInstant('2026-10-09', '12:00:00'), 480)).toEqual(chinaInstant('2026-10-10', '08:00:00'));
  });
});
