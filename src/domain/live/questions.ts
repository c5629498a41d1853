/**
 * Questions from the LIVE's audience: which count as answered, their status, and spotting questions (and
 * their topic) among Indonesian comments. Pure: no Google service.
 */
import { roundHalfUp } from '../shared/numbers';
import type { QUESTION_TOPICS, Row } from '../shared/schema';
import { isIncluded } from './exclusion';

export type Question = Row<'questions'>;
export const QUESTION_ID_PREFIX = 'TJ';
/** The answer of a question answered aloud during the LIVE and marked with one tap (it can be written out later). */
export const ANSWERED_ON_AIR = 'Dijawab langsung saat LIVE.';

/** Answered = status "terjawab" or "ditindaklanjuti", or an answer typed with no status chosen. */
export function isAnswered(q: Question): boolean {
  if (q.status) return q.status !== 'belum dijawab';
  return q.answer.trim() !== '';
}

export interface QuestionStats {
  total: number;
  /** Answered or followed up (`isAnswered`, so the reports say the same). */
  answered: number;
  followedUp: number;
  open: number;
  /** `answered` of `total` in percent with one decimal; null without questions. */
  answeredPercent: number | null;
}

/** Over the questions that count (see isIncluded). */
export function questionStats(all: readonly Question[]): QuestionStats {
  const questions = all.filter(isIncluded);
  const total = questions.length;
  const answered = questions.filter(isAnswered).length;
  return {
    total,
    answered,
    followedUp: questions.filter((q) => q.status === 'ditindaklanjuti').length,
    open: total - answered,
    answeredPercent: total ? roundHalfUp((answered * 100) / total, 1) : null,
  };
}

/** The status when the user chose none: "ditindaklanjuti" stays, otherwise it follows the answer. */
export function questionStatus(answer: string, previous?: Question['status']): Question['status'] {
  if (previous === 'ditindaklanjuti') return previous;
  return answer.trim() ? 'terjawab' : 'belum dijawab';
}

/** Lower case, letters and digits only, repeated letters once ("gimanaaa" → "gimana"). */
function words(s: string): string[] {
  return s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/(\p{L})\1+/gu, '$1')
    .trim()
    .split(' ')
    .filter(Boolean);
}
const wordSet = (list: string) => new Set(list.split(' ').map((w) => words(w)[0]));
const phrases = (list: readonly string[]) => list.map((p) => ` ${words(p).join(' ')} `);

/** Question words that mark a question wherever they stand (the usual Indonesian ones and their chat spellings). */
const ASKING = wordSet(
  'apakah bagaimana gimana gmn gmna bgmn bgmna berapa brp brapa kapan kpn dimana dmn siapa kenapa knp napa mengapa bisakah bolehkah tanya nanya',
);
/** Words that ask only at the start of a comment ("cara daftar NIB", "bisa online?"). */
const LEADING = wordSet('apa bisa boleh cara caranya mana syarat syaratnya info');
/** Words that ask at the end ("syaratnya apa", "buka ga"). */
const TRAILING = wordSet('apa mana ga gak nggak ngga enggak gk');
const ASKING_PHRASES = phrases([
  'di mana',
  'mohon info',
  'minta info',
  'info dong',
  'mau tanya',
  'bisa gak',
  'bisa ga',
  'bisa nggak',
  'bisa tidak',
  'boleh gak',
  'boleh tidak',
]);
/** Greetings and forms of address skipped before the first word. */
const GREETING = wordSet(
  'kak ka kakak min admin mimin pak bu bapak ibu mbak mba mas bang halo hai hi permisi maaf assalamualaikum salam selamat pagi siang sore',
);
/** Phrases that look like questions but ask nothing of the programme. */
const PHATIC = phrases(['apa kabar', 'bisa banget', 'bisa bgt', 'boleh banget', 'boleh bgt']);

/** Whether an Indonesian comment is likely a question, with or without "?". */
export function isLikelyQuestion(comment: string): boolean {
  if (/[?？]/.test(comment)) return true;
  let line = ` ${words(comment).join(' ')} `;
  for (const p of PHATIC) line = line.split(p).join(' ');
  const ws = line.trim().split(' ').filter(Boolean);
  let start = 0;
  while (start < ws.length && GREETING.has(ws[start])) start++;
  const body = ws.slice(start);
  if (!body.length) return false;
  return (
    body.some((w) => ASKING.has(w)) ||
    ASKING_PHRASES.some((p) => line.includes(p)) ||
    LEADING.has(body[0]) ||
    TRAILING.has(body[body.length - 1])
  );
}

type Topic = (typeof QUESTION_TOPICS)[number];
/** Keywords per topic, tried in this order (an "izin koperasi" question is about permits). */
const TOPIC_WORDS: ReadonlyArray<[Topic, Set<string>]> = [
  [
    'perizinan/legalitas',
    wordSet('izin ijin perizinan nib legalitas legal sertifikat sertifikasi halal pirt bpom akta hukum npwp oss haki merek'),
  ],
  ['permodalan', wordSet('modal permodalan pinjaman pinjam kur kredit dana bantuan hibah bunga')],
  ['pemasaran', wordSet('jual jualan pasar pemasaran promosi marketing online marketplace ekspor harga pembeli branding')],
  ['produksi', wordSet('produksi bahan baku alat mesin kualitas kemasan resep olahan')],
  ['kelembagaan koperasi', wordSet('koperasi kopdes anggota rat pengurus pengawas shu simpanan pendirian mendirikan')],
];

/** A first guess at the question's topic; the user may change it. */
export function guessTopic(question: string): Topic {
  const ws = words(question);
  return TOPIC_WORDS.find(([, keys]) => ws.some((w) => keys.has(w)))?.[0] ?? 'lainnya';
}
