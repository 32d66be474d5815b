/**
 * The project's address lives in one place: package.json `repository`. The
 * issue tracker the popup's links open is derived from it (GitHub's
 * `<repository>/issues`), unless `bugs.url` names another tracker. A fork
 * changes `repository.url` and rebuilds; every link follows.
 */
export interface PackageLinks {
  repository?: string | { url?: string };
  bugs?: string | { url?: string };
}

export interface ProjectLinks {
  /** The repository's web address, e.g. https://github.com/owner/name */
  repository: string;
  /** Where new issues are filed: `<issues>/new` opens the forms. */
  issues: string;
}

/** `git+https://github.com/o/r.git` or `github:o/r` → `https://github.com/o/r`. */
function webAddress(url: string): string {
  const shorthand = /^(?:github:)?([\w.-]+)\/([\w.-]+)$/.exec(url);
  if (shorthand) return `https://github.com/${shorthand[1]}/${shorthand[2]!.replace(/\.git$/, '')}`;
  const parsed = new URL(url.replace(/^git\+/, ''));
  if (parsed.protocol !== 'https:') throw new Error(`package.json repository "${url}" must be an https address, e.g. "git+https://github.com/owner/name.git"`);
  return `https://${parsed.host}${parsed.pathname.replace(/\.git$/, '').replace(/\/+$/, '')}`;
}

export function projectLinks(pkg: PackageLinks): ProjectLinks {
  const repo = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
  if (!repo) throw new Error('package.json has no "repository": set it to the project\'s address, e.g. { "type": "git", "url": "git+https://github.com/owner/name.git" }');
  const repository = webAddress(repo);
  const bugs = typeof pkg.bugs === 'string' ? pkg.bugs : pkg.bugs?.url;
  return { repository, issues: bugs ? bugs.replace(/\/+$/, '') : `${repository}/issues` };
}
