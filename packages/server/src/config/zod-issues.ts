import type { z } from 'zod';

/**
 * Names each bad field with its problem, e.g. `apps[0].maxConnections: Too small: expected number to be >0`.
 * Used by the HTTP API (one line) and by config loading (one issue per line).
 */
export function describeZodIssues(error: z.ZodError, separator = '; '): string {
  return error.issues
    .map((issue) => (issue.path.length > 0 ? `${issuePath(issue.path)}: ${issue.message}` : issue.message))
    .join(separator);
}

/** `['apps', 0, 'key']` → `apps[0].key`. */
export function issuePath(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index > 0 ? '.' : ''}${String(part)}`))
    .join('');
}
