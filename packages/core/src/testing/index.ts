export { Subscribable } from '../subscribable.js';
export {
  createFakeEchokit,
  type FakeControls,
  type FakeEchokit,
  type FakeEchokitOptions,
  type SentWhisper,
} from './fake-client.js';
export type { FakeMember } from './fake-pusher.js';
