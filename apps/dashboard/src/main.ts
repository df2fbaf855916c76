import { mount } from 'svelte';
import App from './components/App.svelte';
import '@echokit-demo/kit/theme.css';
import './styles.css';
import 'uplot/dist/uPlot.min.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

export default mount(App, { target });
