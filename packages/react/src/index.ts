export { useStore } from './use-store.js';
