import { errorText, type Scenario } from './scenario.js';

/** What the render-count scenario still waits for, or `null` when everything it needs is present. */
async function missingPieces(): Promise<string | null> {
  const missing: string[] = [];
  try {
    const react = (await import('@echokit/react')) as Record<string, unknown>;
    if (typeof react.usePresence !== 'function') missing.push('usePresence in @echokit/react (issue 5)');
  } catch (error) {
    missing.push(`@echokit/react (${errorText(error)})`);
  }
  for (const name of ['react-dom/client', 'happy-dom']) {
    try {
      await import(name);
    } catch {
      missing.push(`${name} in bench devDependencies`);
    }
  }
  return missing.length ? `waits for ${missing.join(', ')}` : null;
}

/**
 * React render counts for a 100-member presence list under churn (a React `<Profiler>` counting commits
 * of a `usePresence` list while members join and leave). Pending until @echokit/react has
 * `usePresence` and the bench can render React in a DOM.
 */
export const reactRenders: Scenario = {
  name: 'react-renders',
  title: 'React render counts: 100-member presence list under churn',
  columns: [
    { key: 'changes', label: 'member changes' },
    { key: 'commits', label: 'commits' },
    { key: 'commitsPerChange', label: 'commits per change' },
  ],
  async run({ record }) {
    const missing = await missingPieces();
    record({
      scenario: 'react-renders',
      subject: '@echokit/react',
      config: '100 members, joins/leaves one at a time',
      status: 'pending',
      figures: {},
      note: missing ?? 'the pieces are installed; the measurement itself is not written yet',
    });
  },
};
