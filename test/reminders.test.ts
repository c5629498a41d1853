/** The hourly reminder run, driven through the built bundle by the emulator's clock. */

import { GasError } from '../tools/emulator/errors';
import { loadProduct, type Product } from '../tools/harness';
import { call, ok } from './calls';
import { registerWithEpisodes, TEAM } from './fixtures/episodes';

const [PELAKSANA, HUMAS, PUBDISDOK, KEPALA] = Object.values(TEAM);

/** A register with the team's addresses, one guest and `weeks` weekly episodes from `liveDate`. */
const register = (now: string, liveDate: string, weeks: number, settings: Record<string, string> = TEAM, mailQuota = 100): Product =>
  registerWithEpisodes({ now, liveDate, weeks, settings, mailQuota });

/** Marks stages done now, some ahead of their date (confirmed: `early`). */
function complete(product: Product, episodeId: string, ...stages: string[]): void {
  for (const stage of stages) ok(product, 'completeStage', { episodeId, stage, early: true });
}

/** Moves the clock (WIB) and returns the e-mails sent on the way. */
function until(product: Product, wib: string) {
  const before = product.emu.outbox.length;
  const runs = product.advanceClock(`${wib}:00+07:00`);
  for (const run of runs) if (run.error) throw new Error(`${run.name} failed at ${run.at.toISOString()}: ${run.error}`);
  return product.emu.outbox.slice(before);
}

const to = (mails: { to: string }[]) => mails.map((m) => m.to).sort();
const ledger = (product: Product) => product.emu.spreadsheet.getSheetByName('Log Pengingat')!.getDataRange().getValues().slice(1);

describe('installTriggers', () => {
  it('installs exactly one hourly trigger for runReminders, however often it runs', () => {
    const product = loadProduct();
    product.run('setupRegister', []);
    product.run('installTriggers', []);
    product.run('installTriggers', []);
    expect(product.emu.triggers).toHaveLength(1);
    expect(product.emu.triggers[0].handler).toBe('runReminders');
    const status = ok<{ installed: boolean; owner: string }>(product, 'getReminderStatus', {});
    expect(status).toMatchObject({ installed: true, owner: 'pelaksana@example.go.id' });
    expect(ok<{ removed: number }>(product, 'removeTriggers', {}).removed).toBe(1);
    expect(product.emu.triggers).toHaveLength(0);
  });
});

describe('the hourly trigger with two editors (each account sees only its own triggers)', () => {
  const A = 'pelaksana@example.go.id';
  const B = 'humas@example.go.id';
  type Status = { installed: boolean; owner: string; ownedByMe: boolean; dead: boolean };
  const status = (product: Product, user: string) => ok<Status>(product, 'getReminderStatus', {}, user);
  const errorsOf = (product: Product, name: string, user: string) => {
    const result = call(product, name, {}, user);
    return result.ok ? [] : result.errors.map((e) => e.message);
  };

  it('tells every editor who owns it, refuses a second one, and lets only the owner remove it', () => {
    const product = register('2026-11-12T08:30:00+07:00', '2026-11-27', 1);
    expect(ok(product, 'installTriggers', {}, A)).toMatchObject({ installed: true, owner: A });
    expect(status(product, B)).toMatchObject({ installed: true, owner: A, ownedByMe: false, dead: false });
    expect(status(product, A)).toMatchObject({ installed: true, owner: A, ownedByMe: true });

    expect(errorsOf(product, 'installTriggers', B)).toEqual([
      `Pengingat otomatis sudah dipasang oleh ${A} dan dikirim atas nama akun itu. ` +
        'Tidak perlu memasangnya lagi: pemicu kedua dari akun lain akan mengirim pengingat dua kali. Untuk memindahkannya ke akun Anda, ' +
        `minta ${A} menghentikannya terlebih dahulu (panel Pengingat › Hentikan pengingat).`,
    ]);
    expect(errorsOf(product, 'removeTriggers', B)).toEqual([
      `Pengingat otomatis dipasang oleh ${A}; hanya ${A} yang dapat menghentikannya. ` +
        `Minta ${A} membuka register ini dan memilih Hentikan pengingat di panel Pengingat.`,
    ]);
    expect(product.emu.triggers.map((t) => t.owner)).toEqual([A]);
    const check = ok<{ checks: { item: string; ok: boolean; detail: string }[] }>(product, 'checkInstallation', {}, B).checks;
    expect(check.find((c) => c.item === 'Pemicu pengingat')).toEqual({
      item: 'Pemicu pengingat',
      ok: true,
      detail: `Terpasang atas nama ${A}; email pengingat dikirim dari akun itu, dan hanya akun itu yang dapat menghentikannya.`,
    });

    expect(ok(product, 'removeTriggers', {}, A)).toEqual({ removed: 1, warnings: undefined });
    expect(status(product, B)).toMatchObject({ installed: false, owner: '' });
    expect(ok(product, 'installTriggers', {}, B)).toMatchObject({ owner: B });
    expect(status(product, A)).toMatchObject({ installed: true, owner: B, ownedByMe: false });
  });

  it('a second trigger another account installed earlier removes itself at its first run; reminders go out once, from the owner', () => {
    const product = register('2026-11-12T08:30:00+07:00', '2026-11-27', 1);
    ok(product, 'installTriggers', {}, A);
    const { ScriptApp } = product.emu.globals() as { ScriptApp: GoogleAppsScript.Script.ScriptApp };
    product.emu.execute(() => ScriptApp.newTrigger('runReminders').timeBased().everyHours(1).create(), { kind: 'menu', user: B });
    const runs = product.advanceClock('2026-11-13T12:00:00+07:00');
    expect(runs.filter((r) => r.error)).toEqual([]);
    expect(product.emu.triggers.map((t) => t.owner)).toEqual([A]);
    expect(product.emu.outbox.map((m) => m.from)).toEqual([A, A]);
    expect(to(product.emu.outbox)).toEqual([HUMAS, PELAKSANA]);
  });

  it('takes over from an owner whose trigger has not run for a day', () => {
    const product = register('2026-11-12T08:30:00+07:00', '2026-11-27', 1);
    ok(product, 'installTriggers', {}, A);
    const { ScriptApp } = product.emu.globals() as { ScriptApp: GoogleAppsScript.Script.ScriptApp };
    // A's account lost its access: its trigger no longer runs.
    product.emu.execute(() => ScriptApp.getProjectTriggers().forEach((t) => ScriptApp.deleteTrigger(t)), { kind: 'menu', user: A });
    product.advanceClock('2026-11-13T08:00:00+07:00');
    expect(errorsOf(product, 'installTriggers', B)[0]).toContain(`sudah dipasang oleh ${A}`);
    product.advanceClock('2026-11-13T08:31:00+07:00');
    expect(status(product, B)).toMatchObject({ installed: true, owner: A, dead: true });
    const check = ok<{ checks: { item: string; ok: boolean; detail: string }[] }>(product, 'checkInstallation', {}, B).checks;
    expect(check.find((c) => c.item === 'Pemicu pengingat')?.ok).toBe(false);
    expect(ok(product, 'installTriggers', {}, B)).toMatchObject({ owner: B, takenOverFrom: A });
    expect(status(product, B)).toMatchObject({ installed: true, owner: B, ownedByMe: true, dead: false });
  });
});

describe('two full episodes, H−15 to H+10', () => {
  const product = register('2026-11-12T00:30:00+07:00', '2026-11-27', 2);
  product.run('installTriggers', []);

  it('reminds stages 1 and 2 on H−14 from 07.00, once, each to its team', () => {
    expect(until(product, '2026-11-13T06:59')).toEqual([]);
    const mails = until(product, '2026-11-13T12:00');
    expect(to(mails)).toEqual([HUMAS, PELAKSANA]);
    const pelaksana = mails.find((m) => m.to === PELAKSANA)!;
    expect(pelaksana.subject).toBe('[HALO KOP-UKM] Pengingat 1 tugas – Jumat, 13 November 2026');
    expect(pelaksana.body).toContain('Episode EP-001 · LIVE Jumat, 27 November 2026 · Cara mendirikan koperasi');
    expect(pelaksana.body).toContain('[Jatuh tempo hari ini] 1. Menghubungi narasumber (Tim Pelaksana)');
    expect(pelaksana.body).toContain('Jatuh tempo Jumat, 13 November 2026. Hubungi narasumber');
    expect(pelaksana.body).toContain('https://docs.google.com/spreadsheets/d/');
    expect(mails.find((m) => m.to === HUMAS)!.body).toContain('2. Mempersiapkan kebutuhan LIVE (Tim Humas)');
    complete(product, 'EP-001', 'hubungi_narasumber', 'persiapan_live');
  });

  it('says nothing of a done stage, and tells the late one every working day, never at the weekend', () => {
    const week = until(product, '2026-11-20T12:00');
    expect(to(week)).toEqual([HUMAS, PELAKSANA]);
    expect(week.every((m) => m.body.includes('EP-002') && !m.body.includes('EP-001'))).toBe(true);
    complete(product, 'EP-002', 'hubungi_narasumber');
    expect(until(product, '2026-11-22T23:00')).toEqual([]);
    const late = until(product, '2026-11-23T12:00');
    expect(to(late)).toEqual([HUMAS]);
    expect(late[0].subject).toContain('(1 terlambat)');
    expect(late[0].body).toContain('[Terlambat 1 hari kerja] 2. Mempersiapkan kebutuhan LIVE');
    const again = until(product, '2026-11-25T23:00');
    expect(to(again)).toEqual([HUMAS, HUMAS]);
    expect(again[1].body).toContain('[Terlambat 3 hari kerja] 2. Mempersiapkan kebutuhan LIVE');
  });

  it('tells the whole team the day before the LIVE', () => {
    const eve = until(product, '2026-11-26T12:00');
    expect(to(eve)).toEqual([HUMAS, PELAKSANA, PUBDISDOK]);
    for (const m of eve) expect(m.body).toContain('[Pemberitahuan: besok] 3. Pelaksanaan LIVE TikTok');
  });

  it('on LIVE day sends one digest per recipient before the LIVE starts', () => {
    const day = until(product, '2026-11-27T07:59');
    expect(to(day)).toEqual([HUMAS, PELAKSANA, PUBDISDOK]);
    const pubdisdok = day.find((m) => m.to === PUBDISDOK)!;
    expect(pubdisdok.subject).toContain('Pengingat 2 tugas');
    expect(pubdisdok.body).toContain('3. Pelaksanaan LIVE TikTok (Tim Pelaksana – Pubdisdok)');
    expect(pubdisdok.body).toContain('pukul 08.00–08.30 WIB');
    expect(pubdisdok.body).toContain('4. Sesi tanya jawab');
    // The LIVE and what follows it can be marked done once the LIVE has started.
    expect(until(product, '2026-11-27T10:00')).toEqual([]);
    complete(product, 'EP-001', 'live', 'tanya_jawab', 'pemantauan_penonton');
  });

  it('escalates the stage still late after five working days to the head of office, and asks for feedback on H+3', () => {
    expect(until(product, '2026-11-29T23:00')).toEqual([]);
    const monday = until(product, '2026-11-30T12:00');
    expect(to(monday)).toEqual([HUMAS, KEPALA, PUBDISDOK]);
    expect(monday.find((m) => m.to === KEPALA)!.body).toContain('[Masih terlambat 6 hari kerja] 2. Mempersiapkan kebutuhan LIVE');
    complete(product, 'EP-002', 'persiapan_live');
  });

  it('announces the Thursday evaluation, grouping episodes in one digest', () => {
    complete(product, 'EP-001', 'pengumpulan_feedback');
    const wednesday = until(product, '2026-12-02T12:00');
    expect(to(wednesday)).toEqual([HUMAS, PELAKSANA, PUBDISDOK]);
    expect(wednesday[0].body).toContain('[Pemberitahuan: besok] 7. Evaluasi bersama');
    const thursday = until(product, '2026-12-03T12:00');
    const pelaksana = thursday.find((m) => m.to === PELAKSANA)!;
    expect(pelaksana.body).toContain('Episode EP-001');
    expect(pelaksana.body).toContain('[Jatuh tempo hari ini] 7. Evaluasi bersama');
    expect(pelaksana.body).toContain('[Jatuh tempo hari ini] 8. Pencatatan hasil evaluasi');
    expect(pelaksana.body).toContain('Episode EP-002');
    expect(pelaksana.body).toContain('[Pemberitahuan: besok] 3. Pelaksanaan LIVE TikTok');
    expect(thursday.filter((m) => m.to === PELAKSANA)).toHaveLength(1);
    complete(product, 'EP-001', 'evaluasi_bersama', 'pencatatan_evaluasi');
  });

  it('runs on to H+10 of the second episode sending every reminder once', () => {
    until(product, '2026-12-04T10:00');
    complete(product, 'EP-002', 'live', 'tanya_jawab', 'pemantauan_penonton');
    until(product, '2026-12-14T12:00');
    const keys = ledger(product).map((r) => r[0]);
    expect(new Set(keys).size).toBe(keys.length);
    expect(ledger(product).every((r) => ['terkirim', 'dibatalkan'].includes(String(r[6])))).toBe(true);
    const perRun = new Map<string, number>();
    for (const m of product.emu.outbox) {
      const k = `${m.to}|${m.sentAt.toISOString()}`;
      perRun.set(k, (perRun.get(k) ?? 0) + 1);
    }
    expect(Math.max(...perRun.values())).toBe(1);
    expect(product.emu.outbox.some((m) => /EP-001/.test(m.body) && m.sentAt.toISOString() > '2026-12-04')).toBe(false);
  });
});

describe('exactly once under faults', () => {
  const FIVE = ['a', 'b', 'c', 'd', 'e'].map((x) => `${x}@kopukm.example.go.id`);
  /** Five pelaksana addresses, each owed the H−14 reminder at 07.00 on 13 November 2026. */
  const five = (mailQuota = 100) =>
    register('2026-11-12T08:00:00+07:00', '2026-11-27', 1, { ...TEAM, emailPelaksana: FIVE.join(', '), emailHumas: '' }, mailQuota);
  const runAt = (product: Product, wib: string) => {
    product.emu.setNow(`${wib}:00+07:00`);
    return product.run<{ sent: number; deferred: number }>('runReminders', [{}], { kind: 'trigger' }).result;
  };

  it('a double run sends nothing the second time', () => {
    const product = five();
    expect(runAt(product, '2026-11-13T07:10').sent).toBe(5);
    expect(runAt(product, '2026-11-13T07:10').sent).toBe(0);
    expect(product.emu.outbox).toHaveLength(5);
  });

  it('run from the menu, says what it sent', () => {
    const product = five();
    const toast = () => product.emu.ui.toasts.at(-1)?.message;
    product.emu.setNow('2026-11-13T07:10:00+07:00');
    product.run('sendRemindersNow', []);
    expect(toast()).toBe('Pengingat: 5 email terkirim.');
    product.run('sendRemindersNow', []);
    expect(toast()).toBe('Tidak ada pengingat yang perlu dikirim sekarang.');
    expect(product.emu.outbox).toHaveLength(5);
  });

  it('two overlapping runs send each e-mail once', () => {
    const product = five();
    product.emu.setNow('2026-11-13T07:10:00+07:00');
    let started = false;
    const off = product.emu.hooks.onCall((key) => {
      if (key !== 'MailApp.sendEmail' || started) return;
      started = true;
      product.run('runReminders', [{}], { kind: 'trigger' });
    });
    product.run('runReminders', [{}], { kind: 'trigger' });
    off();
    expect(to(product.emu.outbox)).toEqual(FIVE);
  });

  it('a crash after the third of five e-mails never sends one twice; the next run sends the rest', () => {
    const product = five();
    product.emu.setNow('2026-11-13T07:10:00+07:00');
    let sends = 0;
    let dead = false;
    const off = product.emu.hooks.onCall((key) => {
      if (key === 'MailApp.sendEmail' && ++sends === 4) dead = true;
      if (dead) throw new Error('Exceeded maximum execution time');
    });
    expect(() => product.run('runReminders', [{}], { kind: 'trigger' })).toThrow('Exceeded maximum execution time');
    off();
    expect(product.emu.outbox).toHaveLength(3);
    runAt(product, '2026-11-13T08:10');
    const recipients = to(product.emu.outbox.filter((m) => m.to !== KEPALA));
    expect(new Set(recipients).size).toBe(recipients.length);
    expect(recipients).toHaveLength(4);
    const uncertain = ledger(product).filter((r) => r[6] === 'tidak pasti');
    expect(uncertain).toHaveLength(1);
    const warning = product.emu.outbox.filter((m) => m.to === KEPALA);
    expect(warning).toHaveLength(1);
    expect(warning[0].subject).toBe('[HALO KOP-UKM] Ada pengingat yang gagal dikirim');
    runAt(product, '2026-11-13T09:10');
    expect(product.emu.outbox.filter((m) => m.to === KEPALA)).toHaveLength(1);
  });

  it('with a quota of 2 recipients left sends two and keeps the rest pending, without hitting the limit', () => {
    const product = five(2);
    const result = runAt(product, '2026-11-13T07:10');
    expect(result).toMatchObject({ sent: 2, deferred: 3 });
    expect(ledger(product).filter((r) => r[6] === 'menunggu')).toHaveLength(3);
    expect(runAt(product, '2026-11-13T08:10').sent).toBe(0);
    expect(product.emu.outbox).toHaveLength(2);
  });

  describe('on an account whose Google language is Indonesian (error texts are not English)', () => {
    const indonesian = () => {
      const product = five();
      product.emu.setLanguage('pelaksana@example.go.id', 'id');
      return product;
    };

    it('keeps the rest pending when the daily quota runs out mid-run, and sends them once the quota is back', () => {
      const product = indonesian();
      let sends = 0;
      const off = product.emu.hooks.onCall((key) => {
        // After two reminders, another script of the same account uses up the day's quota.
        if (key !== 'MailApp.sendEmail' || ++sends !== 3) return;
        const { MailApp } = product.emu.globals() as { MailApp: GoogleAppsScript.Mail.MailApp };
        product.emu.execute(
          () =>
            MailApp.sendEmail({
              to: 'lain@example.go.id',
              bcc: Array.from({ length: 49 }, (_, i) => `x${i}@example.go.id`).join(','),
              subject: 's',
              body: 'b',
            }),
          { kind: 'trigger' },
        );
        product.emu.execute(
          () =>
            MailApp.sendEmail({
              to: 'lain@example.go.id',
              bcc: Array.from({ length: 47 }, (_, i) => `y${i}@example.go.id`).join(','),
              subject: 's',
              body: 'b',
            }),
          { kind: 'trigger' },
        );
      });
      expect(runAt(product, '2026-11-13T07:10')).toMatchObject({ sent: 2, deferred: 3, errors: [] });
      off();
      expect(ledger(product).filter((r) => r[6] === 'menunggu')).toHaveLength(3);
      // The next working day (quota back) the whole team hears of the stage, now late: nobody was left out.
      runAt(product, '2026-11-16T07:20');
      expect([...new Set(to(product.emu.outbox).filter((m) => FIVE.includes(m)))]).toEqual(FIVE);
      expect(ledger(product).filter((r) => r[6] === 'gagal')).toEqual([]);
    });

    it('tries a failure again, within the run and in later runs, up to five runs', () => {
      const product = indonesian();
      let failures = 0;
      const off = product.emu.hooks.onCall((key, args) => {
        if (key !== 'MailApp.sendEmail') return;
        const to = (args[0] as { to: string }).to;
        if (to === FIVE[0] && failures++ < 2) throw new GasError('Terjadi kesalahan server. Coba lagi nanti.');
        if (to === FIVE[1]) throw new GasError('Email tidak valid: b@kopukm.example.go.id');
      });
      runAt(product, '2026-11-13T07:10');
      expect(to(product.emu.outbox).filter((m) => FIVE.includes(m))).toEqual([FIVE[0], ...FIVE.slice(2)]);
      for (const hour of ['08', '09', '10', '11', '12']) runAt(product, `2026-11-13T${hour}:10`);
      off();
      const row = ledger(product).find((r) => r[5] === FIVE[1])!;
      expect([row[6], row[7]]).toEqual(['gagal', 5]);
      // Google's text, in whatever language, is kept only as the technical detail of an Indonesian explanation.
      expect(row[9]).toBe(
        'Gagal pada percobaan ke-5 dari 5, tidak dicoba lagi: Terjadi kesalahan yang tidak terduga ' +
          '(keterangan teknis: Email tidak valid: b@kopukm.example.go.id).',
      );
    });
  });

  it('after a week without runs catches up once, not once per missed hour, and reminds again the next working day', () => {
    const product = five();
    runAt(product, '2026-11-13T07:10');
    const sent = product.emu.outbox.length;
    runAt(product, '2026-11-23T10:00');
    const after = product.emu.outbox.slice(sent);
    expect(to(after)).toEqual([...FIVE, KEPALA]);
    for (const m of after) expect(m.body).toContain('[Masih terlambat 6 hari kerja] 1. Menghubungi narasumber');
    expect(runAt(product, '2026-11-23T11:00').sent).toBe(0);
    expect(runAt(product, '2026-11-24T07:10').sent).toBe(6);
  });

  it('drops what is owed to an address removed from the team before it went out', () => {
    const product = five(2);
    runAt(product, '2026-11-13T07:10');
    expect(
      ledger(product)
        .filter((r) => r[6] === 'menunggu')
        .map((r) => r[5]),
    ).toEqual(FIVE.slice(2));
    ok(product, 'saveSettings', { emailPelaksana: FIVE.slice(0, 2).join(', ') });
    runAt(product, '2026-11-13T09:10');
    expect(
      ledger(product)
        .filter((r) => r[6] === 'dibatalkan')
        .map((r) => r[5])
        .sort(),
    ).toEqual(FIVE.slice(2));
    expect(product.emu.outbox.filter((m) => FIVE.slice(2).includes(m.to))).toHaveLength(0);
  });

  it('shows what the next run would send without sending or writing', () => {
    const product = five();
    product.emu.setNow('2026-11-13T07:10:00+07:00');
    const preview = ok<{ emails: { to: string; subject: string }[] }>(product, 'previewReminders', {});
    expect(preview.emails.map((e) => e.to).sort()).toEqual(FIVE);
    expect(product.emu.outbox).toHaveLength(0);
    expect(ledger(product)).toHaveLength(0);
  });
});
