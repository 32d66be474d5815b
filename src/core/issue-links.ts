/**
 * Pre-filled "new issue" links on the project's tracker (package.json
 * `bugs.url`, put into the bundle at build time). They are plain links:
 * nothing is sent unless the user clicks and then submits the form there.
 */
function newIssueUrl(bugsUrl: string, title: string, body: string): string {
  const url = new URL(`${bugsUrl.replace(/\/+$/, '')}/new`);
  url.searchParams.set('title', title);
  url.searchParams.set('body', body);
  return url.href;
}

export function reportRuleUrl(bugsUrl: string, ruleId: string, host: string): string {
  return newIssueUrl(
    bugsUrl,
    `Rule "${ruleId}": problem on ${host}`,
    `Rule: rules/${ruleId}.json\nPage host: ${host}\n\nWhat is wrong (a claim, a source, a host, an alternative)?\n\n`,
  );
}

export function suggestServiceUrl(bugsUrl: string, host: string | null): string {
  return newIssueUrl(
    bugsUrl,
    host ? `Suggest a service: ${host}` : 'Suggest a service',
    `Host: ${host ?? ''}\n\nWhy should Forewarn warn here? Please link the sources (see CONTRIBUTING.md).\n\n`,
  );
}

/** A rule's file in the project's repository, next to its tracker (`…/issues` → `…/blob/main/rules/<id>.json`); null when the tracker is elsewhere. */
export function ruleFileUrl(bugsUrl: string, ruleId: string): string | null {
  const repo = /^(https:\/\/github\.com\/[^/]+\/[^/]+)\/issues\/?$/.exec(bugsUrl)?.[1];
  return repo && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(ruleId) ? `${repo}/blob/main/rules/${ruleId}.json` : null;
}
