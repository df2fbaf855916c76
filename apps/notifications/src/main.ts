import { createEchoPlugin } from '@echokit/vue';
import { createApp } from 'vue';
import App from './App.vue';
import { fetchEchoConfig } from './api/notifications-api.js';
import StartupError from './components/StartupError.vue';
import './styles.css';

// Echo's options come from the api at start-up, so one build works on any host and port.
async function start(): Promise<void> {
  try {
    const config = await fetchEchoConfig();
    createApp(App)
      .use(createEchoPlugin({ ...config, wsHost: config.wsHost ?? window.location.hostname }))
      .mount('#app');
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    createApp(StartupError, { message }).mount('#app');
  }
}

void start();
