/**
 * The note's CSS. `:host { all: initial !important }` keeps the page's
 * styles out: for `!important` declarations the shadow tree's rule wins over
 * the page's, even over the page's inline styles (see HOST_STYLE as well);
 * colours meet WCAG AA contrast in both the light and the dark scheme.
 *
 * The card is a flex column: header, body, error, action row. Closed, it is
 * as tall as its content (about 400 × 200 px). Opened (`.open`), it may grow
 * to 60 % of the viewport; the body is the only part that scrolls, so the
 * header's close button and the action row always stay in view.
 *
 * Written compactly (one rule per line, no optional spaces): it ships in the
 * content script, whose size is budgeted (test/scripts/build.test.ts).
 */
export const WARNING_CSS = `
:host{all:initial !important;display:block !important}
.card{position:fixed;right:16px;bottom:16px;z-index:2147483647;box-sizing:border-box;width:min(400px,calc(100vw - 32px));max-height:min(60vh,calc(100vh - 32px));display:flex;flex-direction:column;padding:10px 14px 12px;border-radius:12px;border:1px solid #d6a44a;border-left:5px solid #b45309;background:#fffbeb;color:#1f2937;box-shadow:0 6px 24px rgba(0,0,0,0.22);font:14px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;text-align:left}
.head{display:flex;align-items:center;gap:8px;margin:0 0 4px}
.title{flex:1;display:flex;align-items:center;gap:6px;margin:0;font-size:13px;font-weight:400;color:#4b5563;min-width:0}
.mark{flex:none;width:20px;height:20px;border-radius:50%;background:#b45309;color:#fff;font:800 14px/20px system-ui,sans-serif;text-align:center}
.brand{font-weight:750;color:#78350f}
.about{overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.about::before{content:"·";margin:0 6px 0 0}
.body{flex:0 1 auto;min-height:0;overflow:auto;overscroll-behavior:contain}
.summary{margin:0 0 8px;font-size:14px;font-weight:550}
.alternatives{margin:0 0 6px;display:flex;flex-wrap:wrap;align-items:center;gap:6px}
.alternatives .label{font-size:13px;color:#4b5563;margin-right:2px}
.alt{display:inline-block;padding:3px 12px;border-radius:999px;background:#1d4ed8;color:#fff;font-weight:650;text-decoration:none}
a.alt:hover{background:#1e40af}
.details{border-top:1px solid #f3d9a4;margin-top:6px;padding-top:6px}
.details[hidden]{display:none}
.evidence-title{margin:0 0 4px;font-size:13px;font-weight:650;color:#78350f}
.concerns{margin:0 0 6px;padding-left:18px}
.concerns li{margin-bottom:6px}
.source{font-size:13px}
.hint{margin:4px 0 0;font-size:12px;color:#4b5563}
.error{margin:4px 0 0;color:#991b1b;font-weight:600}
.error:empty{display:none}
a{color:#1d4ed8;text-decoration:underline}
.actions{flex:none;display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:6px;margin-top:8px;padding-top:8px;border-top:1px solid #f3d9a4}
.choices{display:flex;flex-wrap:wrap;gap:6px}
button{font:inherit;font-size:13px;cursor:pointer;padding:3px 9px;border-radius:6px;border:1px solid #b45309;background:#fff;color:#78350f}
button.more{flex:none;border-color:transparent;background:transparent;color:#1d4ed8;text-decoration:underline;font-weight:600;padding:3px 6px}
button.link{border:none;background:none;padding:0;color:#1d4ed8;text-decoration:underline;font-size:13px}
button.dismiss{flex:none;width:28px;height:28px;padding:0;border-radius:50%;border-color:transparent;background:transparent;color:#4b5563;font-size:20px;line-height:1}
button.dismiss:hover{background:#fde68a;color:#1f2937}
a:focus-visible,button:focus-visible{outline:3px solid #2563eb;outline-offset:2px}
@media (prefers-color-scheme:dark){.card{background:#1f2937;color:#f3f4f6;border-color:#b45309;border-left-color:#f59e0b;box-shadow:0 6px 24px rgba(0,0,0,0.6)}.title,.alternatives .label,.hint{color:#d1d5db}.brand,.evidence-title{color:#fcd34d}.mark{background:#f59e0b;color:#111827}.alt{background:#93c5fd;color:#111827}a.alt:hover{background:#bfdbfe}.details,.actions{border-color:#4b5563}a,button.more,button.link{color:#93c5fd}button{background:#111827;color:#fcd34d;border-color:#fcd34d}button.more,button.link,button.dismiss{background:transparent}button.more{border-color:transparent}button.dismiss{color:#e5e7eb;border-color:transparent}button.dismiss:hover{background:#374151;color:#fff}.error{color:#fca5a5}a:focus-visible,button:focus-visible{outline-color:#93c5fd}
}
`;
