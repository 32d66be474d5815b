/** The catalogue's one stylesheet: system fonts only, light and dark from the reader's setting. */
export const CATALOG_CSS = `:root {
  color-scheme: light dark;
  --fg: #1f2937; --bg: #ffffff; --muted: #4b5563; --accent: #92400e; --link: #1d4ed8;
  --line: #e5e7eb; --tag-bg: #fef3c7; --tag-fg: #78350f; --card: #f9fafb;
}
@media (prefers-color-scheme: dark) {
  :root {
    --fg: #f3f4f6; --bg: #111827; --muted: #d1d5db; --accent: #fcd34d; --link: #93c5fd;
    --line: #374151; --tag-bg: #451a03; --tag-fg: #fde68a; --card: #1f2937;
  }
}
* { box-sizing: border-box; }
/* The filter hides cards with the hidden attribute; no display rule below may bring them back. */
[hidden] { display: none !important; }
body {
  margin: 0; background: var(--bg); color: var(--fg);
  font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
  overflow-wrap: anywhere;
}
header.site, main, footer.site { max-width: 46rem; margin: 0 auto; padding: 0 1rem; }
header.site { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; align-items: baseline; justify-content: space-between; padding-top: 1rem; padding-bottom: .75rem; border-bottom: 1px solid var(--line); }
header.site .home { font-weight: 700; color: var(--accent); text-decoration: none; }
header.site nav { display: flex; gap: 1rem; }
footer.site { margin-top: 3rem; padding-top: 1rem; padding-bottom: 2rem; border-top: 1px solid var(--line); color: var(--muted); font-size: .875rem; }
h1 { font-size: 1.75rem; line-height: 1.25; margin: 1.5rem 0 .5rem; color: var(--accent); }
h2 { font-size: 1.3rem; margin: 2rem 0 .75rem; padding-bottom: .25rem; border-bottom: 1px solid var(--line); }
h3 { font-size: 1.1rem; margin: 0 0 .25rem; }
p { margin: 0 0 .75rem; }
a { color: var(--link); }
a:focus-visible { outline: 3px solid var(--link); outline-offset: 2px; }
ul, ol { padding-left: 1.25rem; }
.meta, .owner, .reviewed, .note, .unlinked { color: var(--muted); }
.owner { margin-bottom: .5rem; }
.summary { font-size: 1.1rem; }
.intro { font-size: 1.05rem; }
.category {
  display: inline-block; padding: 0 .5rem; border-radius: .75rem; font-size: .8rem; font-weight: 600;
  background: var(--tag-bg); color: var(--tag-fg); text-decoration: none; white-space: nowrap;
}
section.service, li.alternative, section.alternative {
  background: var(--card); border: 1px solid var(--line); border-radius: .5rem; padding: .75rem 1rem; margin: 0 0 .75rem;
}
section.service:target, section.alternative:target { outline: 3px solid var(--accent); }
section.service p:last-child, li.alternative p:last-child, section.alternative p:last-child { margin-bottom: 0; }
section.alternative h2 { border: 0; margin: 0 0 .25rem; padding: 0; font-size: 1.1rem; }
ol.concerns { padding-left: 1.5rem; }
li.concern { margin-bottom: 1.25rem; }
li.concern > p:first-child { margin-bottom: .25rem; }
.claim { margin-bottom: .25rem; }
ul.sources { margin: 0; font-size: .9rem; }
ul.sources li { margin-bottom: .25rem; }
.publisher { font-weight: 600; }
.date { white-space: nowrap; }
.note { display: block; font-size: .85rem; }
.quote { margin: .3rem 0 .2rem; padding: .1rem 0 .1rem .75rem; border-left: 3px solid var(--accent); font-style: italic; }
.reviewed { font-size: .875rem; }
ul.alternatives { list-style: none; padding: 0; }
.description { margin-bottom: .25rem; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0 .75rem; margin: 0 0 .5rem; font-size: .9rem; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; }
dl.categories dt { margin-top: .5rem; }
dl.categories dd { margin: .25rem 0 0 0; }
.leave-kind { font-weight: 600; }
.filter { margin: 0 0 1rem; }
.filter p { margin-bottom: .5rem; }
.filter label { display: block; font-weight: 600; }
.filter input, .filter select {
  width: 100%; max-width: 28rem; padding: .4rem .5rem; font: inherit; color: var(--fg); background: var(--bg);
  border: 1px solid var(--muted); border-radius: .375rem;
}
.filter input:focus-visible, .filter select:focus-visible { outline: 3px solid var(--link); outline-offset: 1px; }
.filter-none { font-weight: 600; }
`;
