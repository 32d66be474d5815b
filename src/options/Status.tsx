/** The page's one live region: what just happened, or what went wrong. */
export interface StatusMessage {
  kind: 'ok' | 'error';
  lines: string[];
}

export function Status({ status }: { status: StatusMessage | null }) {
  return (
    <div class={`status ${status?.kind ?? ''}`} role={status?.kind === 'error' ? 'alert' : 'status'} aria-live="polite">
      {status?.lines.map((line) => <p key={line}>{line}</p>)}
    </div>
  );
}
