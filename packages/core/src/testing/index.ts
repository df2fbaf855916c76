export { Subscribable } from '../subscribable.js';
