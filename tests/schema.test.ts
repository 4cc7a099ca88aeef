import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { isEnumType, isInputObjectType, isInterfaceType, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { printQifuSchema, qifuSchema } from '../server/app/schema.js';

const FILE = 'schema/schema.graphql';

describe('schema contract', () => {
  it('matches the checked-in schema/schema.graphql (QIFU_WRITE_SCHEMA=1 rewrites it)', async () => {
    const sdl = printQifuSchema(await qifuSchema());
    if (process.env.QIFU_WRITE_SCHEMA === '1') writeFileSync(FILE, sdl);
    expect(sdl, 'schema drifted: run `npm run schema:emit` and commit schema/schema.graphql').toBe(readFileSync(FILE, 'utf8'));
  });

  it('describes every type, field, argument and enum value', async () => {
    const schema = await qifuSchema();
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
        }
      }
      if (isEnumType(type)) for (const v of type.getValues()) if (!v.description && type.name !== 'ErrorCode') missing.push(`${type.name}.${v.name}`);
    }
    expect(missing).toEqual([]);
  });
});
