import { invitation } from './invitation';

const facts = {
  liveDate: '2026-12-04',
  topic: 'Koperasi & pemasaran digital',
  times: { liveStart: '08:00', liveEnd: '08:30', qaStart: '09:00', qaEnd: '09:30' },
  guest: {
    name: 'Siti Aminah',
    role: 'Ketua',
    organization: 'Koperasi Maju Bersama',
    phone: '+6281234567890',
    email: 'siti+live@example.id',
  },
  agencyName: 'DINAS KOPERASI DAN UKM KABUPATEN BOGOR',
};

describe('the invitation', () => {
  const inv = invitation(facts);

  it('says day, date, times, topic and programme in Indonesian', () => {
    expect(inv.subject).toBe('Undangan narasumber HALO KOP-UKM, Jumat, 4 Desember 2026');
    expect(inv.text).toContain('Yth. Bapak/Ibu Siti Aminah\nKetua Koperasi Maju Bersama');
    expect(inv.text).toContain('Hari, tanggal: Jumat, 4 Desember 2026');
    expect(inv.text).toContain('Waktu: pukul 08.00–08.30 WIB, dilanjutkan sesi tanya jawab pukul 09.00–09.30 WIB');
    expect(inv.text).toContain('Topik: Koperasi & pemasaran digital');
    expect(inv.text).toContain('HALO KOP-UKM (Halaman Konsultasi Koperasi dan UKM)');
    expect(inv.text).toContain('Tempat: daring melalui LIVE TikTok');
    expect(inv.text.endsWith('DINAS KOPERASI DAN UKM KABUPATEN BOGOR')).toBe(true);
  });

  it('links WhatsApp with the number without "+" and the text encoded', () => {
    const url = new URL(inv.whatsappUrl);
    expect(`${url.origin}${url.pathname}`).toBe('https://wa.me/6281234567890');
    expect(url.searchParams.get('text')).toBe(inv.text);
    expect(inv.whatsappUrl).not.toMatch(/[\s&]/);
  });

  it('links e-mail with subject and body encoded (CRLF line breaks)', () => {
    expect(inv.mailtoUrl.startsWith('mailto:siti%2Blive@example.id?subject=')).toBe(true);
    const query = new URLSearchParams(inv.mailtoUrl.split('?')[1]);
    expect(query.get('subject')).toBe(inv.subject);
    expect(query.get('body')).toBe(inv.text.replace(/\n/g, '\r\n'));
  });

  it('still offers both links when the guest has no phone or e-mail', () => {
    const bare = invitation({ ...facts, guest: { ...facts.guest, role: '', phone: '', email: '' } });
    expect(bare.whatsappUrl.startsWith('https://wa.me/?text=')).toBe(true);
    expect(bare.mailtoUrl.startsWith('mailto:?subject=')).toBe(true);
    expect(bare.text).toContain('Yth. Bapak/Ibu Siti Aminah\nKoperasi Maju Bersama\n');
  });

  it('keeps an honorific typed with the name instead of doubling it', () => {
    expect(invitation({ ...facts, guest: { ...facts.guest, name: 'Ibu Siti Aminah' } }).text.startsWith('Yth. Ibu Siti Aminah\n')).toBe(
      true,
    );
    expect(invitation({ ...facts, guest: { ...facts.guest, name: 'Pak Budi' } }).text.startsWith('Yth. Pak Budi\n')).toBe(true);
    expect(invitation({ ...facts, guest: { ...facts.guest, name: 'Ibnu Hajar' } }).text.startsWith('Yth. Bapak/Ibu Ibnu Hajar\n')).toBe(
      true,
    );
  });
});
