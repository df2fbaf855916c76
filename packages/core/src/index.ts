export { type Listener, type ReadableStore, Subscribable } from './subscribable.js';
