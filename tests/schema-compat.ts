import { readFileSync } from 'node:fs';
import { CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import { buildSchema } from 'graphql';

/**
 * Breaking changes of the schema against the last released one (`schema/released.graphql`) that
 * `docs/schema-changelog.md` does not announce. An announcement is a line under "## Unreleased" (or any
 * release heading) of the form
 *
 *   - BREAKING `Query.oldField`: why, and what to use instead
 *
 * naming the change's path as @graphql-inspector reports it (`Type.field`, `Type.field.argument`, `Enum.VALUE`,
 * or the type name for a removed type).
 */
export async function unannouncedBreakingChanges(released: string, current: string, changelog: string): Promise<Change[]> {
  const changes = await diff(buildSchema(released), buildSchema(current));
  const announced = new Set([...changelog.matchAll(/^\s*[-*]\s+BREAKING\s+`([^`]+)`/gm)].map((m) => m[1]));
  return changes.filter((c) => c.criticality.level === CriticalityLevel.Breaking && !announced.has(c.path ?? c.message));
}

export function readSchemaFiles(): { released: string; current: string; changelog: string } {
  const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');
  return { released: read('schema/released.graphql'), current: read('schema/schema.graphql'), changelog: read('docs/schema-changelog.md') };
}
