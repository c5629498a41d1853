/**
 * Registers of 1, 5 or 10 years of weekly HALO KOP-UKM episodes for the benchmark, with what a real office
 * accumulates: guests, the eight SOP stages (some done late, a few never), LIVE figures, a viewer count per minute and
 * ~960 captured comments per LIVE, questions (typed and imported), feedback, survey responses, evaluations and
 * follow-ups, the reminder ledger and the audit log. Rows are written straight into the emulator's sheets through the
 * product's own typed tables (src/gas/register.ts: its column mapping, one setValues per sheet), after "Siapkan
 * register" — the API would take hours for 500 000 comments. Deterministic: a seeded generator and a fixed clock.
 */

import { deadline, plannedEpisode, type Times } from '../../src/domain/episodes/episodes';
import { KECAMATAN } from '../../src/domain/guests/kecamatan';
import { dedupKey } from '../../src/domain/live/comment-import';
import { LEDGER, type ReminderKind, reminderKey } from '../../src/domain/reminders/reminders';
import { addDays, daysBetween, type IsoDate, timeToMinutes, wibDateTime, wibInstant } from '../../src/domain/shared/dates';
import type { Row, SheetKey } from '../../src/domain/shared/schema';
import { type Role, STAGES } from '../../src/domain/shared/sop';
import { PROFILE } from '../../src/domain/survey/skm';
import { Register } from '../../src/gas/register';
import { loadProduct, ok, type Product } from '../harness';
import { FEEDBACK, GUESTS, numbers, QUESTIONS, TEAM, TOPICS } from '../preview/demo';

/** Thursday 3 December 2026, 07.10 WIB: the first hourly reminder run of the day (the default reminder hour is 7). */
export const NOW = '2026-12-03T07:10:00+07:00';
/** The LIVE of last Friday, not yet recorded: the benchmark's writes record it. */
export const LAST_LIVE: IsoDate = '2026-11-27';
/** Episodes already scheduled after it (4, 11, 18 and 25 December). */
const FUTURE = 4;
const COMMENTS_PER_LIVE = 960;
const TIMES: Times = { liveStart: '08:00', liveEnd: '08:30', qaStart: '09:00', qaEnd: '09:30' };
const EVALUATION_WEEKDAY = 4;
const ROLE_EMAIL: Record<Role, string> = { pelaksana: TEAM.pelaksana, humas: TEAM.humas, pubdisdok: TEAM.pubdisdok, kepala: TEAM.kepala };

type Rows = { [K in SheetKey]?: Row<K>[] };
const pad = (n: number, width = 3) => String(n).padStart(width, '0');
const at = (date: IsoDate, minutes: number) => wibDateTime(new Date(wibInstant(date).getTime() + minutes * 60_000));

const WORDS = [
  'mantap',
  'semangat bu',
  'salam dari Cibinong',
  'produknya keren',
  'ikut nyimak',
  'keren kak',
  'lanjutkan',
  'boleh minta nomor WA-nya?',
  'harganya berapa kak',
  'kirim ke Depok bisa?',
  'ini koperasi di mana',
  'bagus banget kemasannya',
];
const ASKED = [
  'gmn cara daftar NIB',
  'apakah ada pelatihan pemasaran online',
  'berapa modal awal untuk usaha ini?',
  'kapan ada LIVE lagi',
  'syarat ikut kurasi produk apa saja?',
  'bagaimana cara gabung koperasi',
];
const FIRST = ['Asep', 'Dewi', 'Rudi', 'Lilis', 'Ujang', 'Nining', 'Hendra', 'Yuyun', 'Dedi', 'Siti', 'Agus', 'Tati'];
const KIND = ['Koperasi Serba Usaha', 'Koperasi Simpan Pinjam', 'Kopontren', 'UMKM Olahan', 'Kerajinan', 'Kopi'];

export interface Generated {
  product: Product;
  years: number;
  rows: Record<string, number>;
  /** Ids the operations use. */
  ids: { last: string; next: string; old: string; guest: string; lastAction: string };
  buildMs: number;
}

/** The register's rows: `years` × 52 weekly episodes, the last four still to come. */
function generate(years: number): { rows: Rows; ids: Generated['ids'] } {
  // Seeded per guest and per week, so a week looks the same in every register that holds it.
  let seeded = numbers(1);
  const random = (min: number, max: number) => seeded(min, max);
  const chance = (p: number) => random(0, 9999) < p * 10_000;
  const pick = <T>(list: readonly T[]): T => list[random(0, list.length - 1)];
  const total = years * 52;
  const first = addDays(LAST_LIVE, -7 * (total - FUTURE - 1));
  const rows: Required<Rows> = {
    guests: [],
    episodes: [],
    stages: [],
    metrics: [],
    viewerCounts: [],
    questions: [],
    comments: [],
    imports: [],
    feedback: [],
    survey: [],
    evaluations: [],
    actions: [],
    reminders: [],
    audit: [],
    settings: [],
  };
  const seq = { tj: 0, ub: 0, skm: 0, tl: 0, msg: 7_300_000_000_000_000_000n };
  const audit = (when: string, user: string, action: string, recordId: string, after: unknown) =>
    rows.audit.push({ at: when, user, action, recordId, before: '', after: JSON.stringify(after) });
  const last = <T>(list: T[]): T => list[list.length - 1];

  // Guests: the demo's twelve, then a new one every fourth week (a third of the episodes invite one again).
  const guestCount = GUESTS.length + Math.floor(total / 4);
  for (let g = 0; g < guestCount; g++) {
    seeded = numbers(g + 1);
    const [name, organization, type, kecamatan, role, phone, products]: readonly string[] =
      g < GUESTS.length
        ? GUESTS[g]
        : [
            `${pick(FIRST)} ${pick(FIRST)}`,
            `${pick(KIND)} ${pick(KECAMATAN)} ${g + 1}`,
            g % 2 ? 'koperasi' : 'ukm',
            pick(KECAMATAN),
            'Ketua',
            `0812${pad(random(0, 9999), 4)}${pad(g, 4)}`,
            'Produk unggulan anggota',
          ];
    const recordedAt = at(addDays(first, 7 * Math.max(0, g - GUESTS.length) * 4 - 21), 9 * 60);
    rows.guests.push({
      id: `NS-${pad(g + 1)}`,
      name,
      organization,
      type: type as Row<'guests'>['type'],
      kecamatan,
      role,
      phone: `+62${phone.replace(/\D/g, '').slice(1)}`,
      email: g % 3 ? '' : `narasumber${g + 1}@example.com`,
      tiktok: `@narasumber.${g + 1}`,
      products,
      recordedBy: TEAM.pelaksana,
      recordedAt,
      archivedAt: '',
    });
    audit(recordedAt, TEAM.pelaksana, 'tambah narasumber', `NS-${pad(g + 1)}`, last(rows.guests));
  }

  for (let i = 0; i < total; i++) {
    const id = `EP-${pad(i + 1)}`;
    const liveDate = addDays(first, 7 * i);
    seeded = numbers(Date.parse(liveDate) / 86_400_000);
    const weeksBefore = daysBetween(liveDate, LAST_LIVE) / 7;
    const isLast = liveDate === LAST_LIVE;
    const future = liveDate > LAST_LIVE;
    const scheduledAt = at(addDays(liveDate, -21), 9 * 60 + random(0, 120));
    const newest = Math.min(guestCount, GUESTS.length + Math.floor(i / 4));
    const guestId = `NS-${pad(i % 3 === 2 ? random(1, newest) : newest)}`;
    const { episode, stages } = plannedEpisode(
      { id, liveDate, guestId, topic: `${TOPICS[i % TOPICS.length]} (${i + 1})`, recordedBy: TEAM.pelaksana, recordedAt: scheduledAt },
      TIMES,
      EVALUATION_WEEKDAY,
    );
    const cancelled = !future && !isLast && chance(0.04);
    rows.episodes.push(
      cancelled ? { ...episode, status: 'dibatalkan', cancelReason: 'Narasumber berhalangan hadir; tidak ada pengganti.' } : episode,
    );
    audit(scheduledAt, TEAM.pelaksana, 'jadwalkan episode', id, {
      ...episode,
      dueDates: Object.fromEntries(stages.map((s) => [s.stage, s.dueDate])),
    });

    for (const [k, s] of stages.entries()) {
      const stage = STAGES[k];
      const due = deadline(stage, s.dueDate, TIMES).getTime() <= Date.parse(NOW);
      // Coming episodes: the preparation stages already due. This week's: done up to the Q&A. Two feedback rounds never done.
      const done = !cancelled && (future ? due && k < 2 : !(isLast && k >= 4)) && !(k === 5 && (weeksBefore === 6 || weeksBefore === 20));
      const late = done && chance(0.12);
      const end = stage.window === 'live' ? TIMES.liveEnd : stage.window === 'tanyaJawab' ? TIMES.qaEnd : '';
      const doneAt = !done
        ? ''
        : end
          ? at(s.dueDate, timeToMinutes(end) - 5 + (late ? random(60, 600) : 0))
          : at(addDays(s.dueDate, late ? random(1, 4) : -random(0, 1)), random(8 * 60, 16 * 60));
      const row = {
        ...s,
        doneAt,
        doneBy: done ? ROLE_EMAIL[stage.role] : '',
        note: done && k === 0 ? 'Narasumber bersedia (WhatsApp).' : '',
      };
      rows.stages.push(row);
      if (done) audit(doneAt, row.doneBy, 'tahap selesai', `${id} ${s.stage}`, row);
      if (!due || cancelled) continue;
      // What the hourly run has sent: due today, the eve notices, the overdue notice.
      const sent = (kind: ReminderKind, role: Role, day: IsoDate) =>
        rows.reminders.push({
          key: reminderKey({
            episodeId: id,
            subject: s.stage,
            kind,
            day: kind === 'terlambat' ? day : undefined,
            dueDate: s.dueDate,
            recipient: ROLE_EMAIL[role],
          }),
          episodeId: id,
          stage: s.stage,
          kind,
          dueDate: s.dueDate,
          recipient: ROLE_EMAIL[role],
          status: LEDGER.sent,
          attempts: 1,
          updatedAt: at(day, 7 * 60 + 2),
          error: '',
        });
      sent('jatuh_tempo', stage.role, s.dueDate);
      if (stage.advanceNotice)
        (['pelaksana', 'humas', 'pubdisdok'] as const).forEach((r) => sent('pemberitahuan', r, addDays(s.dueDate, -1)));
      if (late || !done) sent('terlambat', stage.role, addDays(s.dueDate, 1));
    }
    if (future || cancelled || isLast) continue;

    // The LIVE's records.
    const recordedAt = at(liveDate, 10 * 60 + random(0, 50));
    const stamp = { recordedBy: TEAM.pelaksana, recordedAt };
    const totalViewers = random(350, 1600);
    const comments = random(COMMENTS_PER_LIVE - 260, COMMENTS_PER_LIVE + 260);
    rows.metrics.push({
      episodeId: id,
      totalViewers,
      peakViewers: random(40, Math.min(220, totalViewers)),
      uniqueViewers: random(250, totalViewers),
      avgWatchSeconds: random(45, 140),
      durationMinutes: random(55, 75),
      newFollowers: random(5, 60),
      comments,
      likes: random(800, 6000),
      shares: random(3, 40),
      gifts: random(0, 12),
      evidenceUrl: `https://drive.google.com/file/d/bukti-${id}/view`,
      ...stamp,
    });
    audit(recordedAt, TEAM.pelaksana, 'catat angka LIVE', id, last(rows.metrics));
    for (let m = 0; m < 60; m++)
      rows.viewerCounts.push({
        episodeId: id,
        time: at(liveDate, 8 * 60 + m),
        viewers: random(20, 220),
        source: 'impor',
        ...stamp,
        excluded: '',
      });

    // The captured comments: about one in twenty-five asks something, and most of those were kept as questions.
    const firstRow = rows.comments.length + 2;
    let kept = 0;
    for (let c = 0; c < comments; c++) {
      const user = random(1, 4000);
      const asks = chance(0.04);
      const text = asks ? `${pick(ASKED)} ${c}` : `${pick(WORDS)}${c % 7 ? '' : ' 🙏'}`;
      const time = at(liveDate, 8 * 60 + Math.floor((c * 90) / comments));
      const msgId = String(seq.msg++);
      rows.comments.push({
        episodeId: id,
        time,
        uniqueId: `warga.bogor${user}`,
        nickname: `Warga ${user}`,
        text,
        msgId,
        dedupKey: dedupKey(id, { msgId, uniqueId: '', nickname: '', text, at: null }),
      });
      if (!asks || !chance(0.7)) continue;
      kept++;
      const answered = chance(0.8);
      rows.questions.push({
        id: `TJ-${pad(++seq.tj)}`,
        episodeId: id,
        question: text,
        askerHandle: `@warga.bogor${user}`,
        askedAt: time,
        answer: answered ? 'Dijawab narasumber di kolom komentar.' : '',
        answeredBy: answered ? 'Narasumber' : '',
        status: answered ? 'terjawab' : 'belum dijawab',
        topic: 'lainnya',
        source: 'impor',
        ...stamp,
        excluded: '',
      });
    }
    rows.imports.push({
      episodeId: id,
      importedAt: recordedAt,
      importedBy: TEAM.pubdisdok,
      format: 'csv',
      firstRow,
      comments,
      questions: kept,
      snapshots: 60,
    });
    audit(recordedAt, TEAM.pubdisdok, 'impor komentar', id, {
      format: 'csv',
      from: '08:00',
      added: { comments, questions: kept, snapshots: 60 },
    });
    QUESTIONS.slice(0, 2 + (i % 3)).forEach(([question, topic, answer], q) => {
      rows.questions.push({
        id: `TJ-${pad(++seq.tj)}`,
        episodeId: id,
        question,
        askerHandle: `@warga.bogor${random(10, 99)}`,
        askedAt: at(liveDate, 9 * 60 + q),
        answer,
        answeredBy: answer ? 'Narasumber' : '',
        status: answer ? 'terjawab' : 'belum dijawab',
        topic: topic as Row<'questions'>['topic'],
        source: 'manual',
        ...stamp,
        excluded: '',
      });
      audit(recordedAt, TEAM.pubdisdok, 'catat pertanyaan', last(rows.questions).id, last(rows.questions));
    });
    FEEDBACK.slice(0, 1 + (i % 3)).forEach(([channel, text, sentiment]) => {
      rows.feedback.push({
        id: `UB-${pad(++seq.ub)}`,
        episodeId: id,
        channel: channel as Row<'feedback'>['channel'],
        text,
        sentiment: sentiment as Row<'feedback'>['sentiment'],
        ...stamp,
        excluded: '',
      });
      audit(recordedAt, TEAM.pubdisdok, 'catat umpan balik', last(rows.feedback).id, last(rows.feedback));
    });
    // Survey answers from the form: 5–35 per LIVE.
    for (let r = random(5, 35); r > 0; r--) {
      const answer = () => (chance(0.03) ? null : random(2, 4));
      const syncedAt = at(addDays(liveDate, 4), 9 * 60);
      rows.survey.push({
        id: `SKM-${pad(++seq.skm)}`,
        episodeId: id,
        u1: answer(),
        u2: answer(),
        u3: answer(),
        u4: 4,
        u5: answer(),
        u6: answer(),
        u7: answer(),
        u8: answer(),
        u9: answer(),
        gender: pick(PROFILE.gender.options),
        age: pick(PROFILE.age.options),
        education: pick(PROFILE.education.options),
        occupation: pick(PROFILE.occupation.options),
        suggestion: chance(0.2) ? 'Durasi tanya jawab ditambah.' : '',
        source: 'formulir',
        submittedAt: at(addDays(liveDate, random(0, 3)), random(9 * 60, 22 * 60)),
        formResponseId: `2_ABaOnud${seq.skm}`,
        recordedBy: TEAM.pubdisdok,
        recordedAt: syncedAt,
      });
      audit(syncedAt, TEAM.pubdisdok, 'catat survei kepuasan', last(rows.survey).id, last(rows.survey));
    }
    const meetingDate = stages[6].dueDate;
    rows.evaluations.push({
      episodeId: id,
      meetingDate,
      attendees: 'Tim Pelaksana, Tim Humas, Tim Pubdisdok',
      strengths: 'Narasumber komunikatif; pertanyaan penonton banyak yang terjawab.',
      problems: i % 2 ? 'Koneksi internet sempat tidak stabil.' : 'Promosi jadwal LIVE terlambat diunggah.',
      recordedBy: TEAM.pelaksana,
      recordedAt: at(meetingDate, 15 * 60),
    });
    audit(at(meetingDate, 15 * 60), TEAM.pelaksana, 'catat evaluasi', id, last(rows.evaluations));
    for (let a = random(1, 3); a > 0; a--) {
      const dueDate = addDays(meetingDate, random(3, 10));
      const open = dueDate > addDays(LAST_LIVE, -10) && chance(0.6);
      rows.actions.push({
        id: `TL-${pad(++seq.tl)}`,
        episodeId: id,
        action: pick([
          'Uji koneksi cadangan (modem) sebelum LIVE.',
          'Unggah poster jadwal paling lambat H-5.',
          'Siapkan daftar pertanyaan cadangan.',
        ]),
        pic: pick(['Tim Humas', 'Tim Pubdisdok', 'Tim Pelaksana']),
        dueDate,
        status: open ? 'terbuka' : 'selesai',
        doneAt: open ? '' : at(dueDate, random(8 * 60, 16 * 60)),
        doneBy: open ? '' : TEAM.pubdisdok,
      });
      if (!open) audit(last(rows.actions).doneAt, TEAM.pubdisdok, 'tindak lanjut selesai', last(rows.actions).id, last(rows.actions));
    }
  }
  rows.audit.sort((a, b) => a.at.localeCompare(b.at));
  const ids = {
    last: rows.episodes.find((e) => e.liveDate === LAST_LIVE)!.id,
    next: rows.episodes.find((e) => e.liveDate === addDays(LAST_LIVE, 14))!.id,
    old: rows.episodes.find((e, i) => i > 3 && e.status === 'terjadwal')!.id,
    guest: last(rows.guests).id,
    lastAction: last(rows.actions.filter((a) => a.status === 'terbuka')).id,
  };
  return { rows, ids };
}

/** A register of `years` years in a fresh emulator, checked once by the product's own "Periksa register". */
export function buildRegister(years: number): Generated {
  const started = Date.now();
  const product = loadProduct({ now: NOW });
  product.run('setupRegister', []);
  ok(product, 'saveSettings', {
    emailPelaksana: TEAM.pelaksana,
    emailHumas: TEAM.humas,
    emailPubdisdok: TEAM.pubdisdok,
    emailKepala: TEAM.kepala,
    officialName: 'Dr. H. Contoh Pejabat, M.Si.',
    officialPosition: 'Kepala Dinas Koperasi dan UKM Kabupaten Bogor',
    officialRank: 'Pembina Utama Muda (IV/c)',
    officialNip: '197207072005012009',
  });
  const { rows, ids } = generate(years);
  const register = new Register(product.emu.spreadsheet);
  for (const [key, list] of Object.entries(rows) as [SheetKey, Row<SheetKey>[]][]) {
    if (!list.length) continue;
    const target = key === 'comments' || key === 'audit' ? register.log(key) : register.table(key);
    for (let i = 0; i < list.length; i += 10_000) target.append(...list.slice(i, i + 10_000));
  }
  register.commit();
  const check = ok<{ ok: boolean; sheets: { name: string; problems: string[] }[] }>(product, 'checkRegister', {});
  if (!check.ok || check.warnings) {
    throw new Error(
      `Generated register does not read cleanly: ${JSON.stringify([check.warnings, check.sheets.filter((s) => s.problems.length)])}`,
    );
  }
  return {
    product,
    years,
    ids,
    buildMs: Date.now() - started,
    rows: Object.fromEntries(Object.entries(rows).map(([k, v]) => [k, v.length])),
  };
}
