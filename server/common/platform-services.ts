/**
 * What one running platform owns besides its database: services with state (caches, registries) and the
 * contributions features make to each other's extension points. Both start empty here and grow by declaration
 * merging in the feature that owns the service or the extension point, so `common/` knows no feature:
 *
 *   declare module '../../common/platform-services.js' {
 *     interface PlatformServices { rulebook: RulebookCache }
 *     interface ExtensionPoints { searchSources: SearchSource }
 *   }
 *
 * A service lives as long as its platform (tests run several platforms in one process, each with its own).
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface PlatformServices {}

/** Extension points by name, each with the type of one contribution. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ExtensionPoints {}

/** Every feature's contributions to each extension point, in the order features are listed in server/app/modules.ts. */
export type Extensions = { readonly [K in keyof ExtensionPoints]: readonly ExtensionPoints[K][] };

/** Contributions of one feature. */
export type Contributions = { readonly [K in keyof ExtensionPoints]?: readonly ExtensionPoints[K][] };
