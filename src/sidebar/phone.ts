/**
 * The web app's page (dist/Phone.html), for recording from a phone: the LIVE of today first, then the agenda, the
 * episodes with their SOP timeline, and feedback. The sidebar's own views over the same endpoints, in a phone shell.
 */
import { App, type View } from './app';
import { agendaView } from './views/agenda';
import { episodesView } from './views/episodes';
import { liveView } from './views/live/live';

/** Feedback comes in after the LIVE (WhatsApp, DM): the recording page of the current episode, at its feedback. */
const feedbackView: View = {
  id: 'umpan',
  title: 'Umpan balik',
  render(root, app) {
    app.params = { ...app.params, section: 'umpan' };
    return liveView.render(root, app);
  },
};

const app = new App(
  document.getElementById('app') as HTMLElement,
  [{ ...liveView, title: 'LIVE' }, agendaView, episodesView, feedbackView],
  true,
);
app.show('live');
