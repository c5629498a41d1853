/** The figures read from TikTok Studio after the LIVE. */
import { METRIC_FIELDS, METRIC_LABELS } from '../../../domain/live/viewers';
import { h } from '../../dom';
import { call } from '../../rpc';
import { type LivePage, updated } from './page';

/** The figures besides the two the form requires. */
const FIGURES = METRIC_FIELDS.filter((f) => f !== 'totalViewers' && f !== 'peakViewers').map((f) => [f, METRIC_LABELS[f]] as const);

export function metricsSection(page: LivePage): HTMLElement {
  const f = page.scoped('angka');
  const m = page.record.metrics as Record<string, unknown> | null;
  const value = (k: string) => (m?.[k] as number | string | null | undefined) ?? null;
  return page.section(
    'angka',
    'Angka LIVE dari TikTok',
    page.recordForm(
      'Angka LIVE',
      'Simpan angka',
      [
        h('p', { class: 'hint' }, 'Dari TikTok Studio setelah LIVE. Menyimpan lagi mengganti angka sebelumnya.'),
        f({ name: 'totalViewers', label: 'Total penonton', type: 'number', required: true, value: value('totalViewers') }),
        f({ name: 'peakViewers', label: 'Penonton puncak (bersamaan)', type: 'number', required: true, value: value('peakViewers') }),
        ...FIGURES.map(([name, label]) => f({ name, label, type: 'number', value: value(name) })),
        f({
          name: 'evidenceUrl',
          label: 'Tautan tangkapan layar (bukti)',
          type: 'url',
          value: value('evidenceUrl'),
          placeholder: 'https://…',
        }),
      ],
      (v) =>
        call('recordLiveMetrics', {
          episodeId: page.id,
          totalViewers: v.totalViewers as number,
          peakViewers: v.peakViewers as number,
          ...Object.fromEntries(FIGURES.map(([k]) => [k, v[k]])),
          ...(v.evidenceUrl ? { evidenceUrl: String(v.evidenceUrl) } : {}),
        }),
      (d) => updated('Angka LIVE', d.replaced, 'disimpan'),
    ),
  );
}
