export {
  type ConnectionLabel,
  type ConnectionLabelOptions,
  type ConnectionTone,
  connectionLabel,
} from './connection-label.js';
export { echoOptionsFrom, fetchEchoOptions } from './echo-config.js';
export { ApiError, type ApiRequest, getData, requestJson } from './http.js';
export type * from './types.js';
