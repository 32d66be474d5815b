import assert from 'node:assert/strict';
import { urlHost } from '../../src/core/url-host.js';

describe('urlHost', () => {
  const web = (url: string) => {
    const r = urlHost(url);
    assert.equal(r.kind, 'web', `${url} → ${JSON.stringify(r)}`);
    return (r as { host: string }).host;
  };

  it('lowercases and strips a trailing dot, port and user info', () => {
    assert.equal(web('HTTPS://WWW.Skype.COM/path'), 'www.skype.com');
    assert.equal(web('https://www.skype.com./'), 'www.skype.com');
    assert.equal(web('https://www.skype.com:8443/x'), 'www.skype.com');
    assert.equal(web('https://user:pw@www.skype.com/'), 'www.skype.com');
    assert.equal(web('http://skype.com?x=1#y'), 'skype.com');
  });

  it('reads the host the way the URL parser does for unusual forms', () => {
    assert.equal(web('https://www.skype.com\\@evil.example/'), 'www.skype.com');
    assert.equal(web('http:skype.com/'), 'skype.com');
    assert.equal(web('  https://skype.com/  '), 'skype.com');
    assert.equal(web('https://sk%79pe.com/'), 'skype.com');
    assert.equal(web('https://bücher.example/'), 'xn--bcher-kva.example');
    assert.equal(web('http://0x7f.1/'), '127.0.0.1');
    assert.equal(web('http://[::1]:8080/'), '[::1]');
  });

  it('agrees with new URL() on a sample of URLs', () => {
    const urls = [
      'https://a.b.c.example.co.uk/p?q#f', 'http://EXAMPLE.org:80', 'https://xn--nxasmq6b.example/', 'https://a-b.example/',
      'http://1.2.3.4/', 'http://example.com:65535/', 'https://e.example./', 'https://user@e.example:1/',
    ];
    for (const url of urls) assert.equal(web(url), new URL(url).hostname.replace(/\.$/, ''), url);
  });

  it('calls non-web URLs "other" and non-URLs "invalid"', () => {
    for (const url of ['about:blank', 'file:///etc/passwd', 'data:text/html,hi', 'moz-extension://x/popup.html', 'ftp://skype.com/']) {
      assert.equal(urlHost(url).kind, 'other', url);
    }
    for (const input of ['', 'skype', 'www.skype.com', 'not a url', 'http://', 'https://skype.com:99999/']) {
      assert.equal(urlHost(input).kind, 'invalid', input);
    }
  });

  it('suggests the scheme when it is missing', () => {
    const r = urlHost('www.skype.com/home');
    assert.equal(r.kind, 'invalid');
    assert.match((r as { reason: string }).reason, /did you mean https:\/\/www\.skype\.com\/home/);
  });
});
