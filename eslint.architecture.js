// @ts-check
/**
 * The architecture rule (issue #11): a feature is a folder under server/modules. Another feature is reached only
 * through its index.ts; server/ never imports tests/ or
 * bench/; the lower layers (common, db, config, patches) never import a feature; feature folders (and the column folders
 * under server/modules/columns) form no cycle.
 * The import graph is read once per lint run from the files on disk.
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

const ROOT = dirname(new URL(import.meta.url).pathname);
const IMPORT_RE = /(?:^|[\s;])(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\sfrom\s+)?['"](\.{1,2}\/[^'"]+)['"]|import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g;

/** @param {string} file absolute path @returns {string | null} the feature a file belongs to, e.g. 'policy' or 'columns/need' */
export function featureOf(file) {
  const rel = relative(ROOT, file).split(sep).join('/');
  const m = /^server\/modules\/(columns\/[^/]+|[^/]+)\//.exec(rel);
  if (!m) return null;
  if (m[1].startsWith('columns/') && !m[1].endsWith('.ts')) return m[1];
  return m[1].endsWith('.ts') ? null : m[1];
}

/** @param {string} from @param {string} spec */
function resolveSpec(from, spec) {
  const abs = resolve(dirname(from), spec);
  for (const c of [abs.replace(/\.js$/, '.ts'), abs.replace(/\.js$/, '.tsx'), abs]) if (existsSync(c) && statSync(c).isFile()) return c;
  return abs.replace(/\.js$/, '.ts');
}

/** @param {string} src @returns {string[]} */
export function importsOf(src) {
  const out = [];
  for (const m of src.matchAll(IMPORT_RE)) out.push(m[1] ?? m[2]);
  return out;
}

function walk(dir, acc = []) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, acc);
    else if (/\.tsx?$/.test(name) && !name.endsWith('.d.ts')) acc.push(p);
  }
  return acc;
}

/** @type {Map<string, Set<string>> | undefined} feature → features it imports */
let graph;
/** @type {Map<string, string[]> | undefined} feature → the features of its cycle */
let cycles;

function featureGraph() {
  if (graph) return graph;
  graph = new Map();
  for (const file of walk(join(ROOT, 'server'))) {
    const from = featureOf(file);
    if (!from || /\.spec\.ts$/.test(file)) continue;
    if (!graph.has(from)) graph.set(from, new Set());
    for (const spec of importsOf(readFileSync(file, 'utf8'))) {
      const to = featureOf(resolveSpec(file, spec));
      if (to && to !== from) graph.get(from).add(to);
    }
  }
  return graph;
}

/** Tarjan's strongly connected components of the feature graph; every component of two or more is a cycle. */
export function featureCycles() {
  if (cycles) return cycles;
  const g = featureGraph();
  cycles = new Map();
  let index = 0;
  const idx = new Map(),
    low = new Map(),
    stack = [],
    on = new Set();
  const strong = (v) => {
    idx.set(v, index);
    low.set(v, index);
    index++;
    stack.push(v);
    on.add(v);
    for (const w of g.get(v) ?? []) {
      if (!idx.has(w)) {
        strong(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v), idx.get(w)));
    }
    if (low.get(v) === idx.get(v)) {
      const comp = [];
      let w;
      do {
        w = stack.pop();
        on.delete(w);
        comp.push(w);
      } while (w !== v);
      if (comp.length > 1) for (const f of comp) cycles.set(f, comp.sort());
    }
  };
  for (const v of g.keys()) if (!idx.has(v)) strong(v);
  return cycles;
}

/** @param {string} file @returns {string | null} the top-level feature (columns is one feature of several folders) */
function topFeatureOf(file) {
  const f = featureOf(file);
  return f && f.split('/')[0];
}

const LOWER = /^server\/(common|db|config|patches)\//;

/** @type {import('eslint').Rule.RuleModule} */
const boundaries = {
  meta: { type: 'problem', docs: { description: 'feature boundaries, layers and folder cycles (docs/architecture.md)' }, schema: [] },
  create(context) {
    const file = context.filename;
    const rel = relative(ROOT, file).split(sep).join('/');
    if (!rel.startsWith('server/')) return {};
    const from = topFeatureOf(file);
    const check = (node, spec) => {
      if (typeof spec !== 'string' || !spec.startsWith('.')) return;
      const target = resolveSpec(file, spec);
      const trel = relative(ROOT, target).split(sep).join('/');
      if (/^(tests|bench)\//.test(trel) && !rel.endsWith('.spec.ts'))
        context.report({ node, message: `server/ must not import ${trel.split('/')[0]}/ (${spec})` });
      const to = topFeatureOf(target);
      if (to && LOWER.test(rel)) context.report({ node, message: `${rel.split('/')[1]}/ is below the features and must not import feature '${to}'` });
      if (to && from !== to && !/\/index\.ts$/.test(trel)) context.report({ node, message: `reach feature '${to}' through its index.ts, not ${spec}` });
    };
    return {
      ImportDeclaration: (node) => check(node.source, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node.source, node.source.value),
      ExportAllDeclaration: (node) => check(node.source, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node.source, node.source.value),
      Program(node) {
        const folder = featureOf(file);
        if (!folder || !/\/index\.ts$/.test(rel) || relative(ROOT, dirname(file)).split(sep).join('/') !== `server/modules/${folder}`) return;
        const cycle = featureCycles().get(folder);
        if (cycle) context.report({ node, message: `feature folders form a cycle: ${cycle.join(' ↔ ')}` });
      },
    };
  },
};

export default { rules: { boundaries } };
