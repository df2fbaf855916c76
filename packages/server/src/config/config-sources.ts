/**
 * Where each setting can come from, in order of precedence after the command-line flag: the first
 * non-empty environment variable wins (Laravel's `.env` often holds empty `PUSHER_…=` lines).
 */
export const ENV_NAMES = {
  host: ['ECHOKIT_HOST', 'REVERB_SERVER_HOST'],
  port: ['ECHOKIT_PORT', 'REVERB_SERVER_PORT'],
  logLevel: ['ECHOKIT_LOG_LEVEL'],
  config: ['ECHOKIT_CONFIG'],
  appId: ['ECHOKIT_APP_ID', 'REVERB_APP_ID', 'PUSHER_APP_ID'],
  appKey: ['ECHOKIT_APP_KEY', 'REVERB_APP_KEY', 'PUSHER_APP_KEY'],
  appSecret: ['ECHOKIT_APP_SECRET', 'REVERB_APP_SECRET', 'PUSHER_APP_SECRET'],
} as const;

/** The settings flags and environment variables can give. */
export type SourcedSetting = keyof typeof ENV_NAMES;

/** The command-line flag of each setting. */
export const FLAG_NAMES: Record<SourcedSetting, string> = {
  host: '--host',
  port: '--port',
  logLevel: '--log-level',
  config: '--config',
  appId: '--app-id',
  appKey: '--app-key',
  appSecret: '--app-secret',
};

/** A value and where it came from (`--port`, `ECHOKIT_PORT`, …), for error messages. */
export interface Sourced {
  value: string;
  origin: string;
}

/** Command-line flags as the CLI parsed them; absent flags are `undefined`. */
export type ConfigFlags = Partial<Record<SourcedSetting, string>>;

/** The value of a setting from its flag, else from the first non-empty environment variable. */
export function pickSetting(
  setting: SourcedSetting,
  flags: ConfigFlags,
  env: Readonly<Record<string, string | undefined>>,
): Sourced | undefined {
  const flag = flags[setting];
  if (flag !== undefined) return { value: flag, origin: FLAG_NAMES[setting] };
  for (const name of ENV_NAMES[setting]) {
    const value = env[name];
    if (value !== undefined && value !== '') return { value, origin: name };
  }
  return undefined;
}

/** `--app-secret, ECHOKIT_APP_SECRET, REVERB_APP_SECRET or PUSHER_APP_SECRET`. */
export function describeSources(setting: SourcedSetting): string {
  const names = [FLAG_NAMES[setting], ...ENV_NAMES[setting]];
  return `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
}
