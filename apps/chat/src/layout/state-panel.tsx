import type { ReactNode } from 'react';

/** A centred card for loading, empty, error and signed-out states. */
export function StatePanel({
  title,
  children,
  tone = 'plain',
}: {
  title: string;
  children?: ReactNode;
  tone?: 'plain' | 'error';
}) {
  return (
    <section className={`state-panel state-${tone}`} role={tone === 'error' ? 'alert' : undefined}>
      <h2>{title}</h2>
      {children}
    </section>
  );
}
