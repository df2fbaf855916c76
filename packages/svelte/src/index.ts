export { toReadable } from './to-readable.js';
