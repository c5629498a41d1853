import { planImport, readEvents } from '../src/domain/comments';
import { wibInstant } from '../src/domain/dates';
const rows = ['timestamp,type,unique_id,nickname,text,value,msg_id'];
for (let i = 0; i < 10000; i++) rows.push(`${new Date(Date.parse('2026-12-04T08:00:00+07:00') + i * 150).toISOString()},comment,user${i % 900},Penonton ${i % 900},${i % 10 ? `mantap kak ${i}` : `gmn cara daftar nomor ${i}`},,${1000000 + i}`);
const csv = rows.join('\n');
for (let k = 0; k < 4; k++) {
  const t = performance.now();
  const read = readEvents(csv, '2026-12-04');
  const t2 = performance.now();
  planImport(read, { episodeId: 'EP-002', liveDate: '2026-12-04', from: wibInstant('2026-12-04', '08:00'), existingKeys: new Set(), existingMinutes: new Set() });
  console.log('read', (t2 - t).toFixed(0), 'plan', (performance.now() - t2).toFixed(0), 'ms');
}
