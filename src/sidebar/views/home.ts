import type { AgendaGroup, AgendaItem } from '../../domain/episodes/episodes';
import type { App, View } from '../app';
import { h, notice } from '../dom';
import { busy } from '../form';
import { call, type Data } from '../rpc';
import { badge, failed, warned, when } from './common';
import { NAME } from '../../domain/shared/programme';

const SECTIONS: ReadonlyArray<[keyof Pick<AgendaGroup, 'overdue' | 'today' | 'soon'>, string]> = [
  ['overdue', 'Terlambat'],
  ['today', 'Hari ini'],
  ['soon', '7 hari ke depan'],
];

function item(app: App, i: AgendaItem): HTMLElement {
  const open = h('button', { type: 'button', 'aria-label': `Buka ${i.episodeId}: ${i.title}` }, 'Buka');
  open.addEventListener('click', () => app.show('episode', { id: i.episodeId }));
  return h('li', {},
    h('div', {}, badge(i.status), ' ', h('strong', {}, i.title)),
    h('div', { class: 'muted' }, when(i.dueDate, i.window)),
    h('div', {}, `${i.episodeId} · ${i.topic}${i.guestName ? ` · ${i.guestName}` : ''}`),
    open,
  );
}

function agendaView(app: App, agenda: Data<'getAgenda'>): HTMLElement {
  const { overdue, today, soon } = agenda.counts;
  const section = h('section', { 'aria-label': 'Agenda' },
    h('h2', {}, `Agenda ${when(agenda.date)}`),
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

export const homeView: View = {
  id: 'beranda',
  title: 'Beranda',
  async render(root, app) {
    const status = h('div');
    const agendaSlot = h('div', {}, h('p', { class: 'muted' }, 'Memuat agenda…'));
    const loadAgenda = async () => {
      const agenda = await call('getAgenda', {});
      // Rows skipped as unreadable are said here too, where everyone looks first.
      agendaSlot.replaceChildren(...(agenda.ok ? [warned(agenda.warnings) ?? '', agendaView(app, agenda.data)] : [failed(agenda.errors)]));
    };
    const setup = h('button', { type: 'button' }, 'Siapkan register');
    setup.addEventListener('click', () =>
      busy(setup, async () => {
        const result = await call('setupRegister');
        status.replaceChildren(
          result.ok
            ? notice('ok', result.data.created.length ? `Lembar dibuat: ${result.data.created.join(', ')}.` : 'Register sudah lengkap.')
            : failed(result.errors),
        );
        if (result.ok) await loadAgenda();
      }),
    );
    const schedule = h('button', { type: 'button', class: 'primary' }, 'Jadwalkan episode');
    schedule.addEventListener('click', () => app.show('jadwal'));
    const guest = h('button', { type: 'button' }, 'Tambah narasumber');
    guest.addEventListener('click', () => app.show('narasumber', { baru: '1' }));
    root.append(
      h('h1', {}, 'Beranda'),
      h('p', { class: 'muted' }, `Register pencatatan dan pelaporan ${NAME} (TikTok) Dinas Koperasi dan UKM Kabupaten Bogor.`),
      h('div', { class: 'actions' }, schedule, guest),
      agendaSlot,
      h('div', { class: 'actions' }, setup),
      status,
    );
    await loadAgenda();
  },
};
