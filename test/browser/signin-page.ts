/**
 * A realistic sign-in page (header, centred form, footer) for layout tests
 * and screenshots: the note must leave its form usable. Plain HTML served by
 * the fixture server at /signin on every host.
 */
export function signInPage(host: string): string {
  const safeHost = host.replace(/[^a-z0-9.:-]/gi, '');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Sign in — ${safeHost}</title>
<style>
  body { margin: 0; font: 16px/1.5 system-ui, sans-serif; background: #f3f4f6; color: #111827; }
  header { display: flex; justify-content: space-between; align-items: center; padding: 14px 32px; background: #ffffff; border-bottom: 1px solid #e5e7eb; }
  header b { font-size: 20px; color: #0f5bd7; }
  main { display: grid; place-items: center; padding: 56px 16px; }
  form { width: 360px; background: #ffffff; border-radius: 12px; padding: 28px 32px; box-shadow: 0 2px 12px rgba(0,0,0,.08); }
  h1 { font-size: 24px; margin: 0 0 18px; }
  label { display: block; font-size: 14px; margin: 12px 0 4px; }
  input { box-sizing: border-box; width: 100%; padding: 10px 12px; border: 1px solid #9ca3af; border-radius: 6px; font: inherit; }
  button { margin-top: 20px; width: 100%; padding: 10px; border: 0; border-radius: 6px; background: #0f5bd7; color: #fff; font: inherit; font-weight: 600; }
  p.small { font-size: 13px; color: #4b5563; margin-top: 14px; }
  footer { text-align: center; font-size: 13px; color: #6b7280; padding: 24px; }
</style></head>
<body>
<header><b>${safeHost}</b><nav>Help · Privacy · Terms</nav></header>
<main><form id="signin" onsubmit="return false">
<h1>Sign in</h1>
<label for="email">Email, phone or username</label><input id="email" type="text" autocomplete="off">
<label for="password">Password</label><input id="password" type="password">
<button id="page-button" type="submit">Sign in</button>
<p class="small">No account? Create one. Forgot your password?</p>
</form></main>
<footer>© Example fixture page, served from 127.0.0.1</footer>
</body></html>`;
}
