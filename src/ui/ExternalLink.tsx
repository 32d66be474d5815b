/** A link to an outside page, opened in a new tab; a URL that is not https stays plain text. */
import type { ComponentChildren } from 'preact';
import { safeHref } from '../core/safe-url.js';

export function ExternalLink({ url, class: className, children }: { url: string; class?: string; children: ComponentChildren }) {
  const href = safeHref(url);
  if (href === null) return <span class={className}>{children}</span>;
  return (
    <a class={className} href={href} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}
