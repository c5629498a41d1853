/** The joint evaluation's record and the follow-up actions, this episode's and those still open from earlier ones. */
import { formatDateTimeId, wibDate } from '../../../domain/shared/dates';
import { h } from '../../dom';
import { busy } from '../../form';
import { call, now } from '../../rpc';
import { failed, texts, when } from '../common';
import type { LivePage, LiveRecord } from './page';

type Action = LiveRecord['actions'][number];

function actionItem(page: LivePage, a: Action, label: string): HTMLElement {
  const done = a.status === 'selesai';
  const button = h('button', { type: 'button', 'aria-label': `Tandai selesai: ${a.id}` }, 'Tandai selesai');
  button.addEventListener('click', () =>
    busy(button, async () => {
      const r = await call('completeAction', { actionId: a.id, episodeId: page.id });
      if (r.ok) page.saved(r.data, `Tindak lanjut ${a.id} selesai.`);
      else page.status.replaceChildren(failed(r.errors));
    }),
  );
  return h(
    'li',
    { 'data-action': a.id },
    h('span', { class: done ? 'badge selesai' : 'badge' }, a.status),
    ' ',
    h('strong', {}, a.action),
    h('div', { class: 'muted' }, `${label}${a.pic} · batas ${a.dueDate ? when(a.dueDate) : '-'}`),
    done ? h('div', { class: 'muted' }, `Selesai ${formatDateTimeId(a.doneAt)} oleh ${a.doneBy}`) : h('div', { class: 'actions' }, button),
  );
}

export function evaluationSection(page: LivePage): HTMLElement {
  const f = page.scoped('evaluasi');
  const e = page.record.evaluation;
  const today = wibDate(now());
  const rows = h('div', { 'data-field': 'actions' }, h('div', { class: 'error' }));
  const addRow = () => {
    const i = rows.querySelectorAll('fieldset').length;
    rows.append(
      h(
        'fieldset',
        {},
        h('legend', {}, `Tindak lanjut baru ${i + 1}`),
        f({ name: `actions.${i}.action`, label: 'Tindakan', type: 'textarea' }),
        f({ name: `actions.${i}.pic`, label: 'Penanggung jawab' }),
        f({ name: `actions.${i}.dueDate`, label: 'Batas waktu', type: 'date' }),
      ),
    );
  };
  addRow();
  const more = h('button', { type: 'button' }, 'Tambah tindak lanjut');
  more.addEventListener('click', addRow);
  const form = page.recordForm(
    'Hasil evaluasi',
    'Simpan evaluasi',
    [
      f({
        name: 'meetingDate',
        label: 'Tanggal rapat',
        type: 'date',
        required: true,
        value: e?.meetingDate ?? (today >= page.record.liveDate ? today : ''),
      }),
      f({ name: 'attendees', label: 'Peserta rapat', type: 'textarea', required: true, value: e?.attendees }),
      f({ name: 'strengths', label: 'Hal yang berjalan baik', type: 'textarea', required: true, value: e?.strengths }),
      f({ name: 'problems', label: 'Kendala', type: 'textarea', required: true, value: e?.problems }),
      rows,
      h('div', { class: 'actions' }, more),
    ],
    (v) => {
      // Rows left empty are not sent; a half-filled row is, so the server names what is missing.
      const actions = Array.from(rows.querySelectorAll('fieldset'), (_, i) =>
        texts(v, [`actions.${i}.action`, `actions.${i}.pic`, `actions.${i}.dueDate`]),
      )
        .map((r, i) => ({ action: r[`actions.${i}.action`], pic: r[`actions.${i}.pic`], dueDate: r[`actions.${i}.dueDate`] }))
        .filter((a) => a.action || a.pic || a.dueDate);
      return call('saveEvaluation', { episodeId: page.id, ...texts(v, ['meetingDate', 'attendees', 'strengths', 'problems']), actions });
    },
    () => 'Hasil evaluasi disimpan.',
  );
  return page.section(
    'evaluasi',
    'Evaluasi',
    page.record.openEarlier.length
      ? h(
          'div',
          { class: 'card' },
          h('strong', {}, 'Tindak lanjut terbuka dari episode sebelumnya'),
          h(
            'ul',
            { class: 'plain', 'aria-label': 'Tindak lanjut terbuka sebelumnya' },
            ...page.record.openEarlier.map((a) => actionItem(page, a, `${a.episodeId} · `)),
          ),
        )
      : null,
    form,
    page.record.actions.length
      ? h(
          'div',
          {},
          h('h2', {}, 'Tindak lanjut episode ini'),
          h(
            'ul',
            { class: 'plain', 'aria-label': 'Tindak lanjut episode ini' },
            ...page.record.actions.map((a) => actionItem(page, a, '')),
          ),
        )
      : null,
  );
}
