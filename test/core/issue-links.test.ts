import assert from 'node:assert/strict';
import { reportRuleUrl, suggestServiceUrl } from '../../src/core/issue-links.js';

describe('issue links', () => {
  const bugs = 'https://github.com/forewarn/forewarn/issues';

  it('pre-fills a new issue about a rule with its id and the page host', () => {
    const url = new URL(reportRuleUrl(bugs, 'skype', 'web.skype.com'));
    assert.equal(url.origin + url.pathname, 'https://github.com/forewarn/forewarn/issues/new');
    assert.equal(url.searchParams.get('title'), 'Rule "skype": problem on web.skype.com');
    assert.equal(url.searchParams.get('template'), 'report-problem.yml');
    assert.equal(url.searchParams.get('service'), 'skype');
    assert.equal(url.searchParams.get('host'), 'web.skype.com');
  });

  it('pre-fills a service suggestion, with or without a host, and encodes hostile input', () => {
    const url = new URL(suggestServiceUrl(`${bugs}/`, 'a&b=c#d.example'));
    assert.equal(url.pathname, '/forewarn/forewarn/issues/new');
    assert.equal(url.searchParams.get('title'), 'Suggest a service: a&b=c#d.example');
    assert.equal(url.searchParams.get('host'), 'a&b=c#d.example');
    assert.equal(url.searchParams.get('template'), 'suggest-service.yml');
    const bare = new URL(suggestServiceUrl(bugs, null)).searchParams;
    assert.deepEqual([...bare.keys()], ['template', 'title']);
    assert.equal(bare.get('title'), 'Suggest a service');
  });
});
