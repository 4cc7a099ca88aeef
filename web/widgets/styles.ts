/**
 * Shared look of every widget, themable from the host page through CSS custom properties (they cross the shadow
 * boundary): --qifu-primary, --qifu-text, --qifu-muted, --qifu-bg, --qifu-border, --qifu-radius, --qifu-font.
 */
export const CSS = `
:host { display: block; font-family: var(--qifu-font, system-ui, "PingFang SC", "Microsoft YaHei", sans-serif);
  color: var(--qifu-text, #1f2937); background: var(--qifu-bg, #fff); border: 1px solid var(--qifu-border, #e5e7eb);
  border-radius: var(--qifu-radius, 8px); padding: 12px 16px; font-size: 15px; line-height: 1.6; }
:host([hidden]) { display: none; }
h2 { font-size: 1.05em; margin: 0 0 8px; }
ul { list-style: none; margin: 0; padding: 0; }
li { padding: 8px 0; border-top: 1px solid var(--qifu-border, #e5e7eb); }
li:first-child { border-top: 0; }
a { color: var(--qifu-primary, #c81e1e); text-decoration: none; }
a:hover, a:focus-visible { text-decoration: underline; }
:focus-visible { outline: 2px solid var(--qifu-primary, #c81e1e); outline-offset: 2px; }
.meta { color: var(--qifu-muted, #6b7280); font-size: .85em; }
.tag { display: inline-block; font-size: .75em; padding: 0 6px; margin-left: 6px; border-radius: 4px;
  border: 1px solid var(--qifu-primary, #c81e1e); color: var(--qifu-primary, #c81e1e); }
form { display: flex; gap: 8px; flex-wrap: wrap; align-items: flex-end; }
label { display: flex; flex-direction: column; font-size: .9em; gap: 4px; flex: 1 1 12em; }
input, select, textarea, button { font: inherit; padding: 6px 10px; border: 1px solid var(--qifu-border, #d1d5db); border-radius: 6px; }
textarea { min-height: 5em; }
button { background: var(--qifu-primary, #c81e1e); color: #fff; border-color: transparent; cursor: pointer; }
button[disabled] { opacity: .6; cursor: default; }
.status { margin: 8px 0 0; color: var(--qifu-muted, #6b7280); font-size: .9em; }
.error { color: #b91c1c; }
.code { font-family: ui-monospace, monospace; font-size: 1.2em; letter-spacing: .1em; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;
