/**
 * Calls `onChange` when the page may need the warning re-checked: the URL
 * changed inside a single-page app, or the warning's host was removed from
 * <html> (a page that rewrites <html>, or replaces the whole element).
 * Observes only the children of <html> and of the document, never the whole
 * tree, so busy web apps pay nothing for it.
 */
export function watchPage(win: Window & typeof globalThis, onChange: () => void): void {
  const doc = win.document;
  const observer = new win.MutationObserver(() => {
    observeRoot();
    onChange();
  });
  let observedRoot: Element | null = null;
  const observeRoot = () => {
    const root = doc.documentElement;
    if (root !== null && root !== observedRoot) {
      observedRoot = root;
      observer.observe(root, { childList: true });
    }
  };
  observer.observe(doc, { childList: true });
  observeRoot();

  win.addEventListener('popstate', onChange);
  win.addEventListener('hashchange', onChange);
  const navigation = (win as Window & { navigation?: EventTarget }).navigation;
  if (navigation) {
    navigation.addEventListener('navigatesuccess', onChange);
  } else {
    // No Navigation API: pushState cannot be seen from an isolated world, so
    // compare the URL once a second (a string compare, nothing more).
    let last = win.location.href;
    win.setInterval(() => {
      if (win.location.href !== last) {
        last = win.location.href;
        onChange();
      }
    }, 1000);
  }
}
