/**
 * The warning's CSS. `:host { all: initial !important }` keeps the page's
 * styles out: for `!important` declarations the shadow tree's rule wins over
 * the page's, even over the page's inline styles (see HOST_STYLE as well);
 * colours meet WCAG AA contrast in both the light and the dark scheme.
 */
export const WARNING_CSS = `
:host { all: initial !important; display: block !important; }
.card {
  position: fixed; right: 16px; bottom: 16px; z-index: 2147483647;
  box-sizing: border-box; width: min(380px, calc(100vw - 32px)); max-height: calc(100vh - 32px); overflow: auto;
  padding: 14px 16px; border-radius: 10px; border: 1px solid #d6a44a;
  background: #fffbeb; color: #1f2937; box-shadow: 0 4px 18px rgba(0, 0, 0, 0.18);
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; text-align: left;
}
.title { margin: 0 0 4px; font-size: 15px; font-weight: 650; color: #78350f; }
.summary, .alternatives { margin: 0 0 8px; }
.details { margin: 0 0 8px; }
.details[hidden] { display: none; }
.concerns { margin: 0 0 8px; padding-left: 18px; }
.concerns li { margin-bottom: 6px; }
.choices { display: flex; flex-wrap: wrap; gap: 6px; margin: 0 0 4px; }
.error { margin: 4px 0 0; color: #991b1b; font-weight: 600; }
.error:empty { display: none; }
a { color: #1d4ed8; text-decoration: underline; }
.actions { display: flex; gap: 8px; justify-content: flex-end; }
button {
  font: inherit; cursor: pointer; padding: 4px 12px; border-radius: 6px;
  border: 1px solid #92400e; background: #ffffff; color: #78350f;
}
button.dismiss { background: #92400e; color: #ffffff; }
a:focus-visible, button:focus-visible { outline: 3px solid #2563eb; outline-offset: 2px; }
@media (prefers-color-scheme: dark) {
  .card { background: #1f2937; color: #f3f4f6; border-color: #b45309; box-shadow: 0 4px 18px rgba(0, 0, 0, 0.6); }
  .title { color: #fcd34d; }
  a { color: #93c5fd; }
  button { background: #111827; color: #fcd34d; border-color: #fcd34d; }
  button.dismiss { background: #fcd34d; color: #111827; }
  .error { color: #fca5a5; }
  a:focus-visible, button:focus-visible { outline-color: #93c5fd; }
}
`;
