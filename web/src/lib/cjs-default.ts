/**
 * The default export of a CommonJS package: TypeScript (NodeNext) types it as `module.default`,
 * while Vite hands over `module.exports` itself; this returns the real thing either way.
 */
export function cjsDefault<T>(module: { default: T }): T {
  return (module as { default?: T }).default ?? (module as unknown as T);
}
