/** Reminders go out on working days only, as the office sets it in Pengaturan; overdue work is reminded daily. */

import type { Product } from '../tools/harness';
import { registerWithEpisodes, TEAM } from './fixtures/episodes';

/**
 * Two weekly episodes from LIVE Friday 11 December 2026, nothing ever marked done, and the hourly run
 * at 07.10 and 16.10 of every day to the end of the year (running every hour sends the same, slower).
 */
function december(settings: Record<string, string | number> = {}): Product {
  const product = registerWithEpisodes({
    now: '2026-11-26T09:00:00+07:00',
    liveDate: '2026-12-11',
    weeks: 2,
    settings: { ...TEAM, ...settings },
  });
  for (let day = new Date('2026-11-26T00:00:00Z'); day < new Date('2027-01-01T00:00:00Z'); day = new Date(day.getTime() + 86_400_000)) {
    for (const time of ['07:10', '16:10']) {
      product.emu.setNow(`${day.toISOString().slice(0, 10)}T${time}:00+07:00`);
      product.run('runReminders', [{}], { kind: 'trigger' });
    }
  }
  return product;
}

const wibDay = (d: Date) => new Date(d.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
const weekday = (day: string) => new Date(`${day}T00:00:00Z`).getUTCDay();

describe('a December of reminders with nothing done', () => {
  const product = december();
  const mails = product.emu.outbox;
  const days = (to: string) => [...new Set(mails.filter((m) => m.to === to).map((m) => wibDay(m.sentAt)))].sort();

  it('sends nothing on Saturdays, Sundays, 24 December (cuti bersama) or 25 December', () => {
    expect(mails.length).toBeGreaterThan(0);
    const sentOn = new Set(mails.map((m) => wibDay(m.sentAt)));
    for (const day of sentOn) expect([0, 6]).not.toContain(weekday(day));
    expect(sentOn.has('2026-12-24')).toBe(false);
    expect(sentOn.has('2026-12-25')).toBe(false);
  });

  it('reminds the overdue work every working day until the end of the year', () => {
    // Stage 1 of the first episode was due on Friday 27 November: late from Monday 30 November.
    const workingDaysOfDecember = Array.from({ length: 31 }, (_, i) => `2026-12-${String(i + 1).padStart(2, '0')}`).filter(
      (d) => ![0, 6].includes(weekday(d)) && d !== '2026-12-24' && d !== '2026-12-25',
    );
    expect(days(TEAM.emailPelaksana).filter((d) => d >= '2026-12')).toEqual(workingDaysOfDecember);
    // One digest a day per recipient, however many stages are late.
    expect(mails.filter((m) => m.to === TEAM.emailPelaksana && wibDay(m.sentAt) >= '2026-12')).toHaveLength(workingDaysOfDecember.length);
  });

  it('tells the head of office daily once stages are late more than five working days, in one digest', () => {
    const head = mails.filter((m) => m.to === TEAM.emailKepala);
    expect(days(TEAM.emailKepala)[0]).toBe('2026-12-07');
    expect(head).toHaveLength(days(TEAM.emailKepala).length);
    const last = head.at(-1)!;
    expect(wibDay(last.sentAt)).toBe('2026-12-31');
    expect(last.body).toContain('[Masih terlambat 22 hari kerja] 1. Menghubungi narasumber (Tim Pelaksana)');
    expect(last.body).toContain('(Tim Pelaksana – Pubdisdok)');
    expect(last.body).not.toContain('(Tim Pelaksana (Pubdisdok))');
  });

  it('sends each reminder once: one ledger row per key', () => {
    const keys = product.emu.spreadsheet
      .getSheetByName('Log Pengingat')!
      .getDataRange()
      .getValues()
      .slice(1)
      .map((r) => String(r[0]));
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('the office chooses in Pengaturan', () => {
  it('every day: reminders go out on weekends and holidays too', () => {
    const product = december({ reminderDays: 'setiap' });
    const sentOn = new Set(product.emu.outbox.map((m) => wibDay(m.sentAt)));
    expect(sentOn.has('2026-12-05')).toBe(true);
    expect(sentOn.has('2026-12-25')).toBe(true);
    const sheet = product.emu.spreadsheet.getSheetByName('Pengaturan')!.getDataRange().getDisplayValues();
    expect(sheet.find((r) => r[0] === 'reminderDays')?.slice(1)).toEqual(['Hari kirim pengingat', 'Setiap hari']);
  });

  it('when the head of office hears of late work', () => {
    const product = december({ escalationDays: 10 });
    const head = product.emu.outbox.filter((m) => m.to === TEAM.emailKepala).map((m) => wibDay(m.sentAt));
    expect(head[0]).toBe('2026-12-14');
    const refused = product.run<{ ok: boolean; errors: { field: string; message: string }[] }>('saveSettings', [
      { escalationDays: -1 },
    ]).result;
    expect(refused.ok).toBe(false);
    expect(refused.errors[0].message).toContain('Teruskan ke Kepala Dinas setelah terlambat (hari kerja)');
  });
});
