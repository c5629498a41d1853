import { writeFileSync } from 'node:fs';
import { ok } from './calls';
import { loadProduct } from './harness';
it('peek', () => {
  const product = loadProduct({ now: '2026-11-28T09:00:00+07:00' });
  product.run('setupRegister', []);
  ok(product, 'saveSettings', { officialName: 'Dr. X', officialRank: 'Pembina', officialNip: '19720707 200501 2 009' });
  const { id } = ok<{ id: string }>(product, 'saveNarasumber', { name: 'Ibu Siti', organization: 'Kop', type: 'koperasi', kecamatan: 'Cibinong' });
  ok(product, 'scheduleEpisode', { liveDate: '2026-11-27', narasumberId: id, topic: 'T', pastOk: true });
  ok(product, 'completeStage', { episodeId: 'EP-001', stage: 'live' });
  ok(product, 'recordLiveMetrics', { episodeId: 'EP-001', totalViewers: 100, peakViewers: 50, snapshots: [{ time: '08:00', viewers: 10 }, { time: '08:10', viewers: 50 }, { time: '08:20', viewers: 30 }] });
  const r1 = product.callFromSidebar<any>('generateEpisodeReport', { episodeId: 'EP-001' });
  const r2 = product.callFromSidebar<any>('generateEpisodeReport', { episodeId: 'EP-001' });
  console.log(JSON.stringify(r1.calls), JSON.stringify(r2.calls));
  writeFileSync('/tmp/report.html', product.emu.documentToHtml(r1.result.data.documentId));
  const p = product.callFromSidebar<any>('generatePeriodReport', { from: '2026-11-01', to: '2026-11-30' });
  writeFileSync('/tmp/period.html', product.emu.documentToHtml(p.result.data.documentId));
});
