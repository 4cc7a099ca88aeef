import { ServiceCategoryLabel, StartupStageLabel } from '../src/gql/labels.js';
import { request, WidgetError } from './client.js';
import { chinaDate, chinaDateTime, h, QifuElement } from './dom.js';
import { WidgetActivityList, WidgetNeedSubmit, WidgetPolicyList, WidgetPolicySearch, WidgetSite } from './documents.js';

const message = (err: unknown) => (err instanceof WidgetError ? err.message : '加载失败，请稍后再试');
const count = (attr: string | null, fallback: number) => Math.min(Math.max(Number(attr) || fallback, 1), 50);

function status(text: string, error = false) {
  return h('p', { class: error ? 'status error' : 'status', role: error ? 'alert' : 'status' }, text);
}

/** `<qifu-policy-search site="hefei" first="10">`: a search box with policy results. */
export class QifuPolicySearch extends QifuElement {
  static observedAttributes = ['site', 'endpoint', 'first', 'placeholder'];
  private results = h('ul', { 'aria-label': '检索结果' });
  private live = status('');

  protected async render(): Promise<void> {
    const input = h('input', {
      type: 'search',
      name: 'q',
      maxlength: '100',
      required: true,
      placeholder: this.getAttribute('placeholder') ?? '输入政策名称或关键词',
      autocomplete: 'off',
    });
    const form = h('form', { role: 'search', 'aria-label': '政策检索' }, h('label', {}, '搜索政策', input), h('button', { type: 'submit' }, '搜索'));
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.search(input.value.trim());
    });
    this.results = h('ul', { 'aria-label': '检索结果' });
    this.live = status('');
    this.root.replaceChildren(form, this.live, this.results);
  }

  private async search(query: string): Promise<void> {
    if (!query) return;
    this.live.textContent = '正在搜索…';
    this.live.className = 'status';
    try {
      const { search } = await request(this.endpoint, this.site, WidgetPolicySearch, {
        input: { query, kinds: ['policy'], first: count(this.getAttribute('first'), 10) },
      });
      this.results.replaceChildren(
        ...search.hits.nodes.map((n) =>
          h(
            'li',
            {},
            this.link(n.url ?? `/policy/${n.id}`, n.title),
            h('div', { class: 'meta' }, [n.site?.name, chinaDate(n.date)].filter(Boolean).join(' · ')),
          ),
        ),
      );
      this.live.textContent = search.totalCount ? `找到 ${search.totalCount} 条政策` : '没有找到相关政策，请换个关键词';
    } catch (err) {
      this.results.replaceChildren();
      this.live.textContent = message(err);
      this.live.className = 'status error';
    }
  }
}

/** `<qifu-policy-list site="hefei" tag="专精特新" department="…" region="340100" first="10">`: newest policies. */
export class QifuPolicyList extends QifuElement {
  static observedAttributes = ['site', 'endpoint', 'tag', 'department', 'region', 'first', 'heading'];

  protected async render(current: () => boolean): Promise<void> {
    const heading = h('h2', {}, this.getAttribute('heading') ?? '最新政策');
    this.root.replaceChildren(heading, status('正在加载…'));
    const filter: Record<string, string> = {};
    for (const key of ['tag', 'department', 'region'] as const) {
      const v = this.getAttribute(key);
      if (v) filter[key] = v;
    }
    try {
      const { policies } = await request(this.endpoint, this.site, WidgetPolicyList, { filter, first: count(this.getAttribute('first'), 10) });
      if (!current()) return;
      const items = policies.nodes.map((p) =>
        h(
          'li',
          {},
          this.link(`/policy/${p.id}`, p.title),
          h('div', { class: 'meta' }, [p.departments[0], p.publishedOn, p.site.name].filter(Boolean).join(' · ')),
        ),
      );
      this.root.replaceChildren(heading, items.length ? h('ul', { 'aria-label': heading.textContent ?? '' }, ...items) : status('暂无政策'));
    } catch (err) {
      if (current()) this.root.replaceChildren(heading, status(message(err), true));
    }
  }
}

/** `<qifu-activity-list site="hefei" first="5">`: coming activities, each with a registration link to the platform. */
export class QifuActivityList extends QifuElement {
  static observedAttributes = ['site', 'endpoint', 'first', 'heading'];

  protected async render(current: () => boolean): Promise<void> {
    const heading = h('h2', {}, this.getAttribute('heading') ?? '近期活动');
    this.root.replaceChildren(heading, status('正在加载…'));
    try {
      const { activities } = await request(this.endpoint, this.site, WidgetActivityList, {
        filter: { upcoming: true },
        first: count(this.getAttribute('first'), 5),
      });
      if (!current()) return;
      const items = activities.nodes.map((a) =>
        h(
          'li',
          {},
          h('div', {}, a.name),
          h(
            'div',
            { class: 'meta' },
            [`${chinaDateTime(a.startsAt)} 至 ${chinaDateTime(a.endsAt)}`, a.placeAddress, a.institution?.name].filter(Boolean).join(' · '),
          ),
          this.link(`/activities/${a.id}`, '报名参加', `报名参加：${a.name}`),
        ),
      );
      this.root.replaceChildren(heading, items.length ? h('ul', { 'aria-label': heading.textContent ?? '' }, ...items) : status('暂无近期活动'));
    } catch (err) {
      if (current()) this.root.replaceChildren(heading, status(message(err), true));
    }
  }
}

const CATEGORIES = ['STARTUP_TRAINING', 'RESOURCE_DOCKING', 'BUSINESS_PLANNING', 'STARTUP_AGENCY', 'VENUE_DOCKING'] as const;
const STAGES = ['IDEA', 'PREPARING', 'EARLY', 'GROWING'] as const;

/**
 * `<qifu-demand-form site="hefei">`: an entrepreneur's need, submitted anonymously (the entrepreneurship column
 * allows it) and answered with a tracking code to look the need up on the platform later.
 */
export class QifuDemandForm extends QifuElement {
  static observedAttributes = ['site', 'endpoint', 'region'];

  protected async render(): Promise<void> {
    let n = 0;
    const field = (text: string, control: HTMLElement) => {
      const id = `f${++n}`;
      control.id = id;
      return h('label', { for: id }, text, control);
    };
    const select = (name: string, labels: Record<string, string>, keys: readonly string[]) =>
      h('select', { name, required: true }, ...keys.map((k) => h('option', { value: k }, labels[k]!.replace(/^创业服务：/, ''))));
    const category = select('category', ServiceCategoryLabel, CATEGORIES);
    const stage = select('stage', StartupStageLabel, STAGES);
    const description = h('textarea', { name: 'description', required: true, minlength: '10', maxlength: '2000' });
    const name = h('input', { name: 'name', required: true, maxlength: '50', autocomplete: 'name' });
    const phone = h('input', { name: 'phone', type: 'tel', required: true, maxlength: '20', autocomplete: 'tel' });
    const submit = h('button', { type: 'submit' }, '提交需求');
    const out = status('');
    const form = h(
      'form',
      { 'aria-label': '提交创业需求' },
      field('服务类别', category),
      field('创业阶段', stage),
      field('需求描述（10–2000字）', description),
      field('联系人', name),
      field('联系电话', phone),
      submit,
    );
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      submit.disabled = true;
      out.className = 'status';
      out.textContent = '正在提交…';
      void this.submit({
        category: category.value,
        stage: stage.value,
        description: description.value.trim(),
        contact: { name: name.value.trim(), phone: phone.value.trim() },
      })
        .then((code) => {
          form.replaceWith(
            h('p', { role: 'status' }, '需求已提交。请保存查询码，凭码在平台查看办理进度：', h('span', { class: 'code' }, code)),
            this.link('/entrepreneurship', '前往平台查看'),
          );
          out.remove();
        })
        .catch((err: unknown) => {
          out.className = 'status error';
          out.setAttribute('role', 'alert');
          out.textContent = message(err);
        })
        .finally(() => (submit.disabled = false));
    });
    this.root.replaceChildren(h('h2', {}, '创业需求'), form, out);
  }

  private async submit(input: { category: string; stage: string; description: string; contact: { name: string; phone: string } }): Promise<string> {
    const regionCode = this.getAttribute('region') || (await request(this.endpoint, this.site, WidgetSite, {})).currentSite.regionCode;
    const { entrepreneurshipNeedSubmit: r } = await request(this.endpoint, this.site, WidgetNeedSubmit, {
      input: { ...input, regionCode, category: input.category as (typeof CATEGORIES)[number], stage: input.stage as (typeof STAGES)[number] },
    });
    if (r.errors.length || !r.trackingCode) throw new WidgetError(r.errors[0]?.message ?? '提交失败，请稍后再试');
    return r.trackingCode;
  }
}
