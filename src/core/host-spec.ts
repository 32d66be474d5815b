/**
 * A rule's `hosts` or `exclude` entry: `host` or `host/path-prefix`. An
 * `exclude` entry may also be a rule-wide `/path-prefix`, which parses to host ''.
 */
export interface HostSpec {
  host: string;
  /** '' for the whole host, else a path starting with '/' and not ending with '/'. */
  pathPrefix: string;
}

export function parseHostSpec(spec: string): HostSpec {
  const slash = spec.indexOf('/');
  if (slash < 0) return { host: spec, pathPrefix: '' };
  return { host: spec.slice(0, slash), pathPrefix: spec.slice(slash).replace(/\/+$/, '') };
}

/** `/maps` covers `/maps` and `/maps/…`, not `/mapsearch`. */
export function pathHasPrefix(path: string, prefix: string): boolean {
  if (prefix === '') return true;
  return path.startsWith(prefix) && (path.length === prefix.length || path.charCodeAt(prefix.length) === 47);
}
