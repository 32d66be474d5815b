/** Rule text may contain any URL; only https ones are ever rendered as links. */
export function safeHref(url: string): string | null {
  try {
    return new URL(url).protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}
