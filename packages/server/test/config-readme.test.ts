import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { appConfigSchema } from '../src/config/app-config.js';
import { ENV_NAMES, FLAG_NAMES } from '../src/config/config-sources.js';

// The README is the user's reference for settings: it must not drift from the schema and the sources.
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

/** A table row `| \`field\` | default |`, however the formatter pads the cells. */
function row(field: string, defaultPattern: string): RegExp {
  return new RegExp(`^\\|\\s*\`${escapeRegExp(field)}\`\\s*\\|\\s*${defaultPattern}\\s*\\|`, 'm');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('README', () => {
  it('documents every per-app setting with its default', () => {
    const defaults = appConfigSchema.parse({ id: 'i', key: 'k', secret: 's' });
    for (const [field, value] of Object.entries(defaults)) {
      if (field === 'id' || field === 'key' || field === 'secret') {
        expect(readme).toMatch(row(field, '\\(required\\)'));
        continue;
      }
      expect(readme).toMatch(row(field, escapeRegExp(`\`${JSON.stringify(value).replaceAll(',', ', ')}\``)));
    }
  });

  it('documents every flag and environment variable', () => {
    for (const flag of Object.values(FLAG_NAMES)) expect(readme).toContain(`\`${flag} <`);
    for (const names of Object.values(ENV_NAMES))
      for (const name of names) expect(readme).toContain(`\`${name}\``);
  });
});
