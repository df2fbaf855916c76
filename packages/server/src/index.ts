export type { Adapter, ChannelInfo, PresenceUser, Publication } from './adapter/adapter.js';
export { type AppConfig, type AppConfigInput, appConfigSchema } from './config/app-config.js';
export { AppRegistry } from './config/app-registry.js';
export { createLogger, type Logger, type LogLevel } from './logger.js';
export { DEMO_APP, type RunningServer, type StartServerOptions, startServer } from './start-server.js';
