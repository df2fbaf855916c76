import { readFileSync } from 'node:fs';
import { ConfigError } from './config-error.js';

/** Reads and parses a JSON config file; unreadable files and bad JSON become a {@link ConfigError}. */
export function readConfigFile(path: string, read: (path: string) => string = readUtf8): unknown {
  let text: string;
  try {
    text = read(path);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String(error);
    throw new ConfigError([`--config ${path}: cannot read the file (${reason})`]);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ConfigError([`--config ${path}: not valid JSON (${(error as Error).message})`]);
  }
}

function readUtf8(path: string): string {
  return readFileSync(path, 'utf8');
}
