import type { QueryParams } from '@echokit/protocol';

/**
 * Splits a raw query string into parameters, percent-decoding values but leaving `+` alone: the
 * official SDKs sign the query unescaped and send it as is, so `+` there is a literal plus.
 * A repeated key keeps its last value; undecodable escapes are kept verbatim.
 */
export function parseQuery(search: string): QueryParams {
  const params: QueryParams = {};
  const raw = search.startsWith('?') ? search.slice(1) : search;
  for (const pair of raw.split('&')) {
    if (pair === '') continue;
    const equals = pair.indexOf('=');
    const key = equals === -1 ? pair : pair.slice(0, equals);
    const value = equals === -1 ? '' : pair.slice(equals + 1);
    params[decode(key)] = decode(value);
  }
  return params;
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
