/**
 * Problems in the order a contributor meets their fields when reading the
 * file top to bottom (the checks themselves run schema first, then ours).
 * A missing field sorts with the nearest field above it that exists.
 */
import type { Problem } from './rules-validation.js';

/** Every field path in `data`, in document order: '', 'id', 'hosts', 'hosts[0]', … */
function fieldPaths(data: unknown, path = '', out: string[] = []): string[] {
  out.push(path);
  if (Array.isArray(data)) data.forEach((v, i) => fieldPaths(v, `${path}[${i}]`, out));
  else if (data !== null && typeof data === 'object') {
    for (const [k, v] of Object.entries(data)) fieldPaths(v, path ? `${path}.${k}` : k, out);
  }
  return out;
}

/** `a.b[2].c` → ['a.b[2].c', 'a.b[2]', 'a.b', 'a', ''] */
function ancestors(path: string): string[] {
  const out = [path];
  for (let p = path; p !== ''; ) {
    p = p.replace(/(\[\d+\]|\.?[^.[]+)$/, '');
    out.push(p);
  }
  return out;
}

export function inFileOrder(problems: readonly Problem[], dataByFile: ReadonlyMap<string, unknown>): Problem[] {
  const fileRank = new Map<string, number>();
  const positions = new Map<string, Map<string, number>>();
  const position = (p: Problem): number => {
    let index = positions.get(p.file);
    if (!index) positions.set(p.file, (index = new Map(fieldPaths(dataByFile.get(p.file)).map((path, i) => [path, i]))));
    for (const path of ancestors(p.path)) {
      const at = index.get(path);
      if (at !== undefined) return at + (path === p.path ? 0 : 0.5);
    }
    return 0;
  };
  for (const p of problems) if (!fileRank.has(p.file)) fileRank.set(p.file, fileRank.size);
  return problems
    .map((p, i) => ({ p, i, file: fileRank.get(p.file)!, at: position(p) }))
    .sort((a, b) => a.file - b.file || a.at - b.at || a.i - b.i)
    .map(({ p }) => p);
}
