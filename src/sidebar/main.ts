import { App } from './app';
import { episodesView } from './views/episodes';
import { guestsView } from './views/guests';
import { homeView } from './views/home';
import { liveView } from './views/live/live';
import { remindersView } from './views/reminders';
import { reportsView } from './views/reports';
import { scheduleView } from './views/schedule';
import { settingsView } from './views/settings';
import { surveyView } from './views/survey';

const root = document.getElementById('app') as HTMLElement;
const app = new App(root, [
  homeView,
  scheduleView,
  episodesView,
  liveView,
  guestsView,
  remindersView,
  surveyView,
  reportsView,
  settingsView,
]);
// The menu may open the panel on another view (a new register: Pengaturan); see openSidebar in src/api/menu.ts.
const start = root.dataset.start ? (JSON.parse(root.dataset.start) as { view: string; params: Record<string, string> }) : null;
app.show(start?.view ?? 'beranda', start?.params);
