import { createEchoPlugin } from '@echokit/vue';
import { fetchEchoOptions } from '@echokit-demo/kit';
import { createApp } from 'vue';
import App from './App.vue';
import StartupError from './components/StartupError.vue';
import '@echokit-demo/kit/theme.css';
import './styles.css';

// Echo's options come from the api at start-up, so one build works on any host and port.
async function start(): Promise<void> {
  try {
    createApp(App)
      .use(createEchoPlugin(await fetchEchoOptions()))
      .mount('#app');
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    createApp(StartupError, { message }).mount('#app');
  }
}

void start();
