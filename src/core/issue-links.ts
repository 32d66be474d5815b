/**
 * Pre-filled "new issue" links on the project's tracker (derived from
 * package.json `repository`, put into the bundle at build time). They open
 * the issue forms in .github/ISSUE_TEMPLATE/ with their fields filled in: the
 * query keys below are those forms' field ids, and a test keeps the two in
 * step. They are plain links: nothing is sent unless the user clicks and
 * then submits the form there.
 */
export const REPORT_PROBLEM_FORM = 'report-problem.yml';
export const SUGGEST_SERVICE_FORM = 'suggest-service.yml';

function newIssueUrl(issuesUrl: string, form: string, title: string, fields: Record<string, string>): string {
  const url = new URL(`${issuesUrl.replace(/\/+$/, '')}/new`);
  url.searchParams.set('template', form);
  url.searchParams.set('title', title);
  for (const [id, value] of Object.entries(fields)) url.searchParams.set(id, value);
  return url.href;
}

export function reportRuleUrl(issuesUrl: string, ruleId: string, host: string): string {
  return newIssueUrl(issuesUrl, REPORT_PROBLEM_FORM, `Rule "${ruleId}": problem on ${host}`, { service: ruleId, host });
}

export function suggestServiceUrl(issuesUrl: string, host: string | null): string {
  return newIssueUrl(issuesUrl, SUGGEST_SERVICE_FORM, host ? `Suggest a service: ${host}` : 'Suggest a service', host ? { host } : {});
}

