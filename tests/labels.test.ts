import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, isEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';

/**
 * An enum's Chinese labels are its value descriptions in the schema: the server writes each once (in the
 * registration or one labels map feeding it) and the web imports them from the generated web/src/gql/labels.ts.
 * This finds copies: `VALUE: '<label>'` spelled out in the web, or more than once in the server.
 */
const schema = buildSchema(readFileSync('schema/schema.graphql', 'utf8'));
const labels = new Map<string, Set<string>>(); // "VALUE: 'label'" -> the enums it labels
for (const type of Object.values(schema.getTypeMap())) {
  if (!isEnumType(type) || type.name.startsWith('__')) continue;
  for (const v of type.getValues()) {
    if (!v.description) continue;
    const key = `${v.name}: '${v.description}'`;
    labels.set(key, (labels.get(key) ?? new Set()).add(type.name));
  }
}

function sources(dir: string, skip: (path: string) => boolean): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => join(dir, f))
    .filter((f) => /\.tsx?$/.test(f) && !skip(f));
}

/** Where each label is spelled out; `named`: only in files that name one of the enums it labels (the web's typed maps). */
function copies(files: string[], named = false): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const [key, enums] of labels) {
      if (named && ![...enums].some((e) => new RegExp(`\\b${e}\\b`).test(text))) continue;
      const pattern = new RegExp(`\\b${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'g');
      for (let n = text.match(pattern)?.length ?? 0; n > 0; n--) found.set(key, [...(found.get(key) ?? []), file]);
    }
  }
  return found;
}

describe('no copy of a shared label', () => {
  it('the web spells out no enum label: it imports web/src/gql/labels.ts', () => {
    const found = copies(
      sources('web/src', (f) => f.startsWith(join('web/src', 'gql'))),
      true,
    );
    expect([...found].map(([key, files]) => `${key} in ${files.join(', ')}`)).toEqual([]);
  });

  it('the server spells out each enum label at most once per enum', () => {
    const found = copies(sources('server', (f) => f.endsWith('.spec.ts')));
    const repeated = [...found].filter(([key, files]) => files.length > labels.get(key)!.size);
    expect(repeated.map(([key, files]) => `${key} in ${files.join(', ')}`)).toEqual([]);
  });
});
