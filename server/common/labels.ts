/**
 * `valuesConfig` for `registerEnumType` from a map of Chinese labels. An enum value's description IS its label:
 * the web's `web/src/gql/labels.ts` is generated from these descriptions, so a label is written once, here.
 */
export function labelValues<K extends string>(labels: Readonly<Record<K, string>>): Record<K, { description: string }> {
  return Object.fromEntries(Object.entries<string>(labels).map(([value, label]) => [value, { description: label }])) as Record<K, { description: string }>;
}
