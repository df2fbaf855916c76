export type { Adapter, ChannelInfo, PresenceUser, Publication } from './adapter/adapter.js';
export { bodyMd5, httpRequestSignature, isValidHttpSignature } from './auth/http-signature.js';
export { type AppConfig, type AppConfigInput, appConfigSchema } from './config/app-config.js';
export { AppRegistry } from './config/app-registry.js';
export { ConfigError } from './config/config-error.js';
export { DEMO_APP } from './config/demo-app.js';
export {
  type LoadedServerConfig,
  type LoadServerConfigOptions,
  loadServerConfig,
} from './config/load-server-config.js';
export { type ServerConfig, serverConfigSchema } from './config/server-config.js';
export { createHttpHandler, type HttpDependencies, type HttpHandler } from './http/index.js';
export { createLogger, type Logger, type LogLevel } from './logger.js';
export { type RunningServer, type StartServerOptions, startServer } from './start-server.js';
