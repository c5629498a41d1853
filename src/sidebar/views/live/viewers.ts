/** The viewer count noted during the LIVE: two taps, the time following the clock. */
import { wibTime } from '../../../domain/shared/dates';
import { formatNumberId } from '../../../domain/shared/numbers';
import { h } from '../../dom';
import { call, now } from '../../rpc';
import { clock, excludedBadge, type LivePage, updated } from './page';

export function viewersSection(page: LivePage): HTMLElement {
  const f = page.scoped('penonton');
  const form = page.recordForm(
    'Catat jumlah penonton',
    'Catat',
    [
      f({ name: 'viewers', label: 'Jumlah penonton sekarang', type: 'number', required: true }),
      f({
        name: 'time',
        label: 'Pukul',
        type: 'time',
        value: wibTime(now()),
        hint: 'Terisi jam sekarang (WIB); ubah bila mencatat yang tadi.',
      }),
    ],
    (v) => call('recordViewerCount', { episodeId: page.id, viewers: v.viewers as number, ...(v.time ? { time: String(v.time) } : {}) }),
    (d) => updated(`Jumlah penonton pukul ${clock(d.id ?? '')}`, d.replaced, 'dicatat'),
    true,
  );
  // The time follows the clock until the user changes it, so a count typed later is not filed under an old minute.
  const time = form.querySelector('input[name="time"]') as HTMLInputElement;
  let edited = false;
  time.addEventListener('input', () => (edited = true));
  const timer = setInterval(() => {
    if (!time.isConnected) clearInterval(timer);
    else if (!edited) time.value = wibTime(now());
  }, 15_000);
  const list = [...page.record.snapshots].reverse();
  return page.section(
    'penonton',
    `Jumlah penonton (${page.record.snapshots.length})`,
    form,
    list.length
      ? h(
          'ul',
          { class: 'plain', 'aria-label': 'Catatan jumlah penonton' },
          ...list.map((s) =>
            h(
              'li',
              { 'data-count': s.time },
              `${clock(s.time)} · ${formatNumberId(s.viewers ?? 0)} penonton`,
              s.source === 'impor' ? h('span', { class: 'muted' }, ' (impor)') : null,
              ' ',
              excludedBadge(s.excluded),
              page.recordActions('viewerCounts', s.time, `Jumlah penonton pukul ${clock(s.time)}`, s.excluded),
            ),
          ),
        )
      : h('p', { class: 'muted' }, 'Belum ada catatan.'),
  );
}
