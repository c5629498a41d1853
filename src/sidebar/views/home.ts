import { NAME } from '../../domain/shared/programme';
import type { View } from '../app';
import { h, notice } from '../dom';
import { busy } from '../form';
import { call } from '../rpc';
import { loadAgenda } from './agenda';
import { failed } from './common';
import { phoneLink } from './phone-link';

export const homeView: View = {
  id: 'beranda',
  title: 'Beranda',
  async render(root, app) {
    const status = h('div');
    const agendaSlot = h('div', {}, h('p', { class: 'muted' }, 'Memuat agenda…'));
    const setup = h('button', { type: 'button' }, 'Siapkan register');
    setup.addEventListener('click', () =>
      busy(setup, async () => {
        const result = await call('setupRegister');
        // A new register is led on: Pengaturan, then the reminders.
        if (result.ok) app.show('pengaturan', { mulai: '1', dibuat: result.data.created.join(', ') });
        else status.replaceChildren(failed(result.errors));
      }),
    );
    const checklist = h('div', { 'aria-label': 'Persiapan register' }, h('p', { class: 'muted' }, 'Memeriksa register…'));
    const schedule = h('button', { type: 'button', class: 'primary' }, 'Jadwalkan episode');
    schedule.addEventListener('click', () => app.show('jadwal'));
    const guest = h('button', { type: 'button' }, 'Tambah narasumber');
    guest.addEventListener('click', () => app.show('narasumber', { baru: '1' }));
    // Setting up again repairs a register; before the first setup it is the one thing to do.
    const setupActions = h('div', { class: 'actions' }, setup);
    // Shown once the register is known to be set up: before, the agenda could only say a sheet is missing.
    const work = h('div', { hidden: true }, h('div', { class: 'actions' }, schedule, guest), agendaSlot, setupActions, phoneLink());
    const loadChecklist = async () => {
      const s = await call('getSetupStatus', {});
      if (!s.ok) {
        work.hidden = false;
        return checklist.replaceChildren(failed(s.errors));
      }
      if (!s.data.registerReady) {
        setup.classList.add('primary');
        return checklist.replaceChildren(
          notice(
            'warn',
            'Register belum disiapkan: lembar-lembar register (Narasumber, Episode, Tahap SOP, dan lainnya) belum ada di spreadsheet ini. ' +
              'Tekan "Siapkan register" untuk membuatnya, lalu lengkapi Pengaturan.',
          ),
          setupActions,
        );
      }
      work.hidden = false;
      const go = (label: string, view: string) => {
        const button = h('button', { type: 'button' }, label);
        button.addEventListener('click', () => app.show(view, { mulai: '1' }));
        return button;
      };
      checklist.replaceChildren(
        s.data.missingSettings.length
          ? notice('warn', `Pengaturan belum lengkap: ${s.data.missingSettings.join(', ')}. `, go('Buka Pengaturan', 'pengaturan'))
          : '',
        !s.data.remindersInstalled
          ? notice(
              'warn',
              'Pengingat otomatis belum dipasang: belum ada email pengingat tahapan SOP. ',
              go('Pasang pengingat otomatis', 'pengingat'),
            )
          : '',
      );
    };
    root.append(
      h('h1', {}, 'Beranda'),
      h('p', { class: 'muted' }, `Register pencatatan dan pelaporan ${NAME} (TikTok) Dinas Koperasi dan UKM Kabupaten Bogor.`),
      checklist,
      status,
      work,
    );
    await Promise.all([loadChecklist(), loadAgenda(agendaSlot, app)]);
  },
};
