import { App } from './app';
import { homeView } from './views/home';
import { settingsView } from './views/settings';

const app = new App(document.getElementById('app') as HTMLElement, [homeView, settingsView]);
app.show('beranda');
