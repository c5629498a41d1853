/**
 * The "Dasbor" sheet as data: a grid of values with a number format per cell, the rows to set in bold,
 * and the Sheets charts over its chart-data columns. Generated from the register; never a record.
 */

import { CANCELLED, isOwed } from '../episodes/episodes';
import { compliance, type PeriodFigures, periodFigures, type RegisterData } from '../reports/figures';
import { dayMonth } from '../reports/period-report';
import { periodRange } from '../reports/periods';
import { formatDateId, formatDayDateId, formatTimeId, MONTHS_ID, wibDate, wibTime } from '../shared/dates';
import { NAME } from '../shared/programme';
import { computeIkm } from '../survey/skm';
import type { Respondent } from '../survey/skm-report';

type Cell = string | number;
export interface DashboardChart {
  title: string;
  type: 'line' | 'column';
  /** 1-based, header row included. */
  range: { row: number; col: number; rows: number; cols: number };
  anchor: { row: number; col: number };
}
export interface Dashboard {
  values: Cell[][];
  formats: string[][];
  /** 1-based rows set in bold. */
  boldRows: number[];
  charts: DashboardChart[];
  /** Stages late and not done, across all episodes. */
  overdue: number;
}

const TEXT = '@';
const INTEGER = '#,##0';
const PERCENT = '0.0%';
/** Columns A–F hold the tables; H–I the charts' data; the charts sit from column K. */
const MAIN_WIDTH = 6;
const DATA_COLUMN = 8;
const CHART_COLUMN = 11;
const WIDTH = 9;
export const NEXT_EPISODES = 5;

type Line = Array<{ value: Cell; format?: string }>;
const text = (...values: string[]): Line => values.map((value) => ({ value }));

/** A share as a fraction for a percent cell, or a dash when nothing was due. */
const share = (part: number, whole: number): Line[number] => (whole ? { value: part / whole, format: PERCENT } : { value: '–' });
const num = (n: number | null, format = INTEGER): Line[number] => (n === null ? { value: '–' } : { value: n, format });

function summary(f: PeriodFigures, respondents: readonly Respondent[]): Line[] {
  const c = f.compliance.total;
  const ikm = computeIkm(respondents.map((r) => r.answers)).ikm;
  return [
    [{ value: 'Episode dijadwalkan' }, num(f.records.length)],
    [{ value: 'Episode terlaksana' }, num(f.held.length)],
    [{ value: 'Episode dibatalkan' }, num(f.cancelled)],
    [{ value: 'Tahap SOP selesai tepat waktu' }, share(c.onTime, c.due)],
    [{ value: 'Tahap SOP terlambat (belum selesai)' }, num(c.overdue)],
    [{ value: 'Total penonton' }, num(f.viewers.total)],
    [{ value: 'Rata-rata penonton per episode' }, num(f.viewers.mean)],
    [{ value: 'Pertanyaan diterima' }, num(f.questions.received)],
    [{ value: 'Pertanyaan dijawab' }, share(f.questions.answered, f.questions.received)],
    [{ value: 'Penerima manfaat' }, num(f.beneficiaries)],
    [{ value: 'Tindak lanjut terbuka' }, num(f.openActions.length)],
    [{ value: 'Indeks Kepuasan Masyarakat (IKM)' }, ikm === null ? { value: '–' } : { value: ikm, format: '0.00' }],
  ];
}

export interface DashboardInput {
  data: RegisterData;
  /** Questionnaires of this month and of this year. */
  respondents: { month: readonly Respondent[]; year: readonly Respondent[] };
  now: Date;
}

export function dashboard({ data, respondents, now }: DashboardInput): Dashboard {
  const today = wibDate(now);
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const monthRange = periodRange('month', year, month);
  const yearRange = periodRange('year', year);
  const thisMonth = periodFigures(data, monthRange.from, monthRange.to);
  const thisYear = periodFigures(data, yearRange.from, yearRange.to);
  const live = data.views.filter((v) => v.status !== CANCELLED);

  const main: Line[] = [];
  const bold: number[] = [];
  const heading = (...values: string[]) => {
    main.push(text(...values));
    bold.push(main.length);
  };
  heading(`Dasbor ${NAME}`);
  main.push(
    text(
      `Diperbarui ${formatDayDateId(today)} pukul ${formatTimeId(wibTime(now))} WIB. Lembar ini dibuat ulang otomatis; perubahan di sini akan tertimpa.`,
    ),
  );
  main.push([]);
  heading('Ringkasan', `Bulan ini (${MONTHS_ID[month - 1]} ${year})`, `Tahun ini (${year})`);
  const monthLines = summary(thisMonth, respondents.month);
  summary(thisYear, respondents.year).forEach((line, i) => main.push([...monthLines[i], line[1]]));

  main.push([]);
  heading('Episode berikutnya');
  heading('Tanggal LIVE', 'Episode', 'Narasumber', 'Topik', 'Tahap belum selesai', 'Tahap berikutnya');
  const next = live
    .filter((v) => v.liveDate >= today)
    .sort((a, b) => a.liveDate.localeCompare(b.liveDate))
    .slice(0, NEXT_EPISODES);
  if (!next.length) main.push(text('Belum ada episode yang dijadwalkan.'));
  for (const v of next) {
    const open = v.stages.filter(isOwed);
    main.push(
      text(
        formatDateId(v.liveDate),
        v.id,
        v.guest ? `${v.guest.name} (${v.guest.organization})` : '',
        v.topic,
        open.length ? open.map((s) => s.no).join(', ') : 'Semua selesai',
        open.length ? `${open[0].no}. ${open[0].title} (${formatDateId(open[0].dueDate)})` : '',
      ),
    );
  }

  main.push([]);
  heading('Tahap terlambat');
  heading('Episode', 'Tanggal LIVE', 'Tahap', 'Jatuh tempo', 'Terlambat (hari kerja)', 'Pelaksana');
  const overdue = live
    .flatMap((v) => v.stages.filter((s) => s.status === 'terlambat').map((s) => ({ v, s })))
    .sort((a, b) => a.s.dueDate.localeCompare(b.s.dueDate) || a.s.no - b.s.no);
  if (!overdue.length) main.push(text('Tidak ada tahap yang terlambat.'));
  for (const { v, s } of overdue) {
    main.push([
      { value: v.id },
      { value: formatDateId(v.liveDate) },
      { value: `${s.no}. ${s.title}` },
      { value: formatDateId(s.dueDate) },
      num(s.daysLate),
      { value: s.roleLabel },
    ]);
  }

  // The charts' data, beside the tables.
  const side: Line[] = [[], [], []];
  const sideHeading = (...values: string[]) => {
    side.push(text(...values));
    bold.push(side.length);
    return side.length;
  };
  sideHeading(`Penonton per episode (${year})`);
  const viewersAt = sideHeading('Tanggal LIVE', 'Total penonton');
  for (const p of thisYear.viewers.perEpisode) side.push([{ value: dayMonth(p.record.view.liveDate) }, num(p.value)]);
  const viewerRows = side.length - viewersAt + 1;
  side.push([]);
  sideHeading(`Tahap SOP tepat waktu per bulan (${year})`);
  const onTimeAt = sideHeading('Bulan', 'Tepat waktu');
  for (let m = 1; m <= month; m++) {
    const r = periodRange('month', year, m);
    const c = compliance(live.filter((v) => v.liveDate >= r.from && v.liveDate <= r.to)).total;
    side.push([{ value: MONTHS_ID[m - 1] }, c.due ? { value: c.onTime / c.due, format: PERCENT } : { value: '' }]);
  }
  const onTimeRows = side.length - onTimeAt + 1;

  const height = Math.max(main.length, side.length);
  const values: Cell[][] = [];
  const formats: string[][] = [];
  for (let r = 0; r < height; r++) {
    const row: Cell[] = new Array<Cell>(WIDTH).fill('');
    const fmt = new Array<string>(WIDTH).fill(TEXT);
    const put = (line: Line | undefined, at: number) =>
      line?.forEach((c, j) => {
        row[at + j] = c.value;
        fmt[at + j] = c.format ?? TEXT;
      });
    put(main[r]?.slice(0, MAIN_WIDTH), 0);
    put(side[r], DATA_COLUMN - 1);
    values.push(row);
    formats.push(fmt);
  }
  return {
    values,
    formats,
    overdue: overdue.length,
    boldRows: [...new Set(bold)].sort((a, b) => a - b),
    charts: [
      {
        title: `Total penonton per episode (${year})`,
        type: 'column',
        range: { row: viewersAt, col: DATA_COLUMN, rows: viewerRows, cols: 2 },
        anchor: { row: 4, col: CHART_COLUMN },
      },
      {
        title: `Tahap SOP selesai tepat waktu per bulan (${year})`,
        type: 'line',
        range: { row: onTimeAt, col: DATA_COLUMN, rows: onTimeRows, cols: 2 },
        anchor: { row: 24, col: CHART_COLUMN },
      },
    ],
  };
}
