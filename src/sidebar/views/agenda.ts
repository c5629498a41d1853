/** What each team has to do: late, today and in the next 7 days. Beranda shows it; on the phone it is a tab of its own. */
import type { AgendaGroup, AgendaItem } from '../../domain/episodes/episodes';
import type { App, View } from '../app';
import { h, notice } from '../dom';
import { call, type Data } from '../rpc';
import { badge, failed, warned, when } from './common';

const SECTIONS: ReadonlyArray<[keyof Pick<AgendaGroup, 'overdue' | 'today' | 'soon'>, string]> = [
  ['overdue', 'Terlambat'],
  ['today', 'Hari ini'],
  ['soon', '7 hari ke depan'],
];

function item(app: App, i: AgendaItem): HTMLElement {
  const open = h('button', { type: 'button', 'aria-label': `Buka ${i.episodeId}: ${i.title}` }, 'Buka');
  open.addEventListener('click', () => app.show('episode', { id: i.episodeId }));
  return h(
    'li',
    {},
    h('div', {}, badge(i.status, i.daysLate), ' ', h('strong', {}, i.title)),
    h('div', { class: 'muted' }, when(i.dueDate, i.window)),
    h('div', {}, `${i.episodeId} · ${i.topic}${i.guestName ? ` · ${i.guestName}` : ''}`),
    open,
  );
}

/** `titled`: the page's own heading already says "Agenda" (its tab on the phone), so the section names only the day. */
function agendaSection(app: App, agenda: Data<'getAgenda'>, titled: boolean): HTMLElement {
  const { overdue, today, soon } = agenda.counts;
  const section = h(
    'section',
    { 'aria-label': 'Agenda' },
    h('h2', {}, titled ? when(agenda.date) : `Agenda ${when(agenda.date)}`),
    h('p', { class: 'muted' }, `${overdue} terlambat · ${today} hari ini · ${soon} dalam 7 hari ke depan`),
  );
  if (!agenda.roles.length) section.append(notice('ok', 'Tidak ada tahap yang perlu dikerjakan dalam 7 hari ke depan.'));
  for (const group of agenda.roles) {
    const card = h('div', { class: 'card' }, h('strong', {}, group.label));
    for (const [key, label] of SECTIONS) {
      if (group[key].length) card.append(h('h2', {}, label), h('ul', { class: 'plain' }, ...group[key].map((i) => item(app, i))));
    }
    section.append(card);
  }
  return section;
}

/** Loads the agenda into `slot` (again after a change elsewhere on the page). */
export async function loadAgenda(slot: HTMLElement, app: App, titled = false): Promise<void> {
  const agenda = await call('getAgenda', {});
  // Rows skipped as unreadable are said here too, where everyone looks first.
  slot.replaceChildren(...(agenda.ok ? [warned(agenda.warnings) ?? '', agendaSection(app, agenda.data, titled)] : [failed(agenda.errors)]));
}

export const agendaView: View = {
  id: 'agenda',
  title: 'Agenda',
  async render(root, app) {
    const slot = h('div', {}, h('p', { class: 'muted' }, 'Memuat agenda…'));
    root.append(h('h1', {}, 'Agenda'), slot);
    await loadAgenda(slot, app, true);
  },
};
