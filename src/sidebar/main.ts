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

const app = new App(document.getElementById('app') as HTMLElement, [
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
app.show('beranda');
