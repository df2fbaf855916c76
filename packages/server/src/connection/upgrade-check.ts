import type { IncomingMessage } from 'node:http';
import { ErrorCode } from '@echokit/protocol';
import type { AppConfig } from '../config/app-config.js';
import type { AppRegistry } from '../config/app-registry.js';

/** Protocol versions with the v7 wire format (5 and 6 differ only in features clients no longer use). */
const SUPPORTED_PROTOCOLS = new Set([5, 6, 7]);

/** The outcome of checking an upgrade request: the app to join, or the Pusher error to close with. */
export type UpgradeCheck = { ok: true; app: AppConfig } | { ok: false; code: number; message: string };

/**
 * Checks `GET /app/{key}?protocol=7…` before a socket joins an app, in Pusher's order: path (4005),
 * app key (4001), app enabled (4003), protocol version (4008/4006/4007), origin (4009), quota (4004).
 */
export function checkUpgrade(
  request: IncomingMessage,
  apps: AppRegistry,
  connectionCount: (app: AppConfig) => number,
): UpgradeCheck {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const match = /^\/app\/([^/]+)\/?$/.exec(url.pathname);
  if (!match) return refuse(ErrorCode.PathNotFound, `Path not found: ${url.pathname}; connect to /app/{key}`);

  const key = decodeURIComponent(match[1] as string);
  const app = apps.findByKey(key);
  if (!app) return refuse(ErrorCode.AppNotFound, `App key ${key} does not exist`);
  if (!app.enabled) return refuse(ErrorCode.AppDisabled, `App ${app.id} is disabled`);

  const protocol = url.searchParams.get('protocol');
  if (protocol === null || protocol === '') {
    return refuse(ErrorCode.NoProtocolVersion, 'No protocol version given; add ?protocol=7');
  }
  if (!/^\d+$/.test(protocol))
    return refuse(ErrorCode.InvalidVersion, `Invalid protocol version "${protocol}"`);
  if (!SUPPORTED_PROTOCOLS.has(Number(protocol))) {
    return refuse(
      ErrorCode.UnsupportedProtocol,
      `Unsupported protocol version ${protocol}; this server speaks 7`,
    );
  }

  if (!originAllowed(app.allowedOrigins, request.headers.origin)) {
    return refuse(ErrorCode.Unauthorized, `Origin ${request.headers.origin ?? '(none)'} is not allowed`);
  }

  if (app.maxConnections !== null && connectionCount(app) >= app.maxConnections) {
    return refuse(
      ErrorCode.OverConnectionQuota,
      `App ${app.id} is over its quota of ${app.maxConnections} connections`,
    );
  }
  return { ok: true, app };
}

/**
 * An entry allows an origin when it is `*`, the exact origin (`https://app.test`), its host (`app.test`) or
 * a host pattern (`*.app.test`). With a list set, a request without an Origin header is refused.
 */
export function originAllowed(allowed: readonly string[], origin: string | undefined): boolean {
  if (allowed.length === 0 || allowed.includes('*')) return true;
  if (!origin) return false;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return false;
  }
  return allowed.some((entry) => {
    if (entry === origin || entry === host) return true;
    if (!entry.startsWith('*.')) return false;
    return host.endsWith(entry.slice(1));
  });
}

function refuse(code: number, message: string): UpgradeCheck {
  return { ok: false, code, message };
}
