import { CSS } from './styles.js';
import { SCRIPT_ORIGIN } from './client.js';

type Child = Node | string | null | undefined | false;

/** Builds an element; text is always set as text (never parsed as HTML), so nothing from the API can inject markup. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, string | boolean | undefined> = {}, ...children: Child[]) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (v === undefined || v === false) continue;
    el.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children) if (c !== null && c !== undefined && c !== false) el.append(c);
  return el;
}

let sheet: CSSStyleSheet | null = null;

/** Base of every widget: an open shadow root styled by a constructed stylesheet (no inline style element, CSP-friendly). */
export abstract class QifuElement extends HTMLElement {
  protected readonly root: ShadowRoot;
  private generation = 0;

  constructor() {
    super();
    this.root = this.attachShadow({ mode: 'open' });
    if ('adoptedStyleSheets' in Document.prototype && 'replaceSync' in CSSStyleSheet.prototype) {
      sheet ??= new CSSStyleSheet();
      if (!sheet.cssRules.length) sheet.replaceSync(CSS);
      this.root.adoptedStyleSheets = [sheet];
    } else {
      this.root.append(h('style', {}, CSS));
    }
  }

  /** The platform to query: the `endpoint` attribute, else the origin the script came from. */
  get endpoint(): string {
    return (this.getAttribute('endpoint') || SCRIPT_ORIGIN).replace(/\/+$/, '');
  }
  // Frameworks (React 19) set known properties rather than attributes: both reflect the attribute.
  set endpoint(value: string | null) {
    this.reflect('endpoint', value);
  }

  /** The site code (`site` attribute, e.g. "hefei"); the platform's default site when absent. */
  get site(): string | null {
    return this.getAttribute('site');
  }
  set site(value: string | null) {
    this.reflect('site', value);
  }

  private reflect(name: string, value: string | null): void {
    if (value === null || value === undefined) this.removeAttribute(name);
    else this.setAttribute(name, String(value));
  }

  /** Link into the platform for a path (opened in a new tab). */
  link(path: string, text: string, label?: string): HTMLAnchorElement {
    return h('a', { href: `${this.endpoint}${path}`, target: '_blank', rel: 'noopener', 'aria-label': label }, text);
  }

  connectedCallback(): void {
    this.update();
  }

  attributeChangedCallback(): void {
    if (this.isConnected) this.update();
  }

  /** Re-renders; an answer that arrives after a newer render started is dropped. */
  protected update(): void {
    const mine = ++this.generation;
    void this.render(() => mine === this.generation);
  }

  protected abstract render(current: () => boolean): Promise<void>;
}

export const chinaDate = (iso: string | null | undefined) =>
  iso ? new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(iso)) : '';
export const chinaDateTime = (iso: string) =>
  new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
