import type { ReactNode } from 'react';

export function Badge({ tone, children }: { tone: 'warning' | 'neutral' | 'ok'; children: ReactNode }) {
  return <span className={`badge badge--${tone}`}>{children}</span>;
}
