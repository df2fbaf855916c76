import { type EchokitClient, setDefaultEchokit } from '@echokit/core';
import { createFakeEchokit, type FakeEchokit, type FakeEchokitOptions } from '@echokit/core/testing';
import { cleanup, render } from '@testing-library/vue';
import { afterEach, vi } from 'vitest';
import { defineComponent, h, nextTick, type VNodeChild } from 'vue';
import { createEchoPlugin } from '../src/index.js';

// Every test file importing this starts clean: nothing rendered, no default client.
afterEach(() => {
  cleanup();
  setDefaultEchokit(null);
  vi.restoreAllMocks();
});

/** A fake client made the default (for `effectScope()` code) and for the plugin. */
export function fakeClient(options?: FakeEchokitOptions): FakeEchokit {
  const client = createFakeEchokit(options);
  setDefaultEchokit(client);
  return client;
}

/**
 * Renders a component whose `setup(props)` returns what to show, with `client` provided by the plugin, and
 * counts its renders.
 */
export function renderWith<P extends Record<string, unknown>>(
  client: EchokitClient,
  setup: (props: P) => () => VNodeChild,
  props: P = {} as P,
) {
  const counter = { renders: 0 };
  const Component = defineComponent({
    props: Object.keys(props),
    setup(p) {
      const view = setup(p as P);
      return () => {
        counter.renders++;
        return h('div', [view()]);
      };
    },
  });
  const result = render(Component, { props, global: { plugins: [createEchoPlugin(client)] } });
  return Object.assign(result, {
    counter,
    text: () => result.container.textContent,
  });
}

/** Lets subscription answers arrive and Vue re-render. */
export async function settle(client: FakeEchokit): Promise<void> {
  await client.fake.flush();
  await nextTick();
}
