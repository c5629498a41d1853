/** The invitation to the guest (SOP stage 1): Indonesian text and ready WhatsApp / e-mail links. */

import type { Guest } from '../guests/guests';
import { whatsappNumber } from '../guests/phone';
import { formatDayDateId, formatWindowId, type IsoDate } from '../shared/dates';
import { NAME, PROGRAMME } from '../shared/programme';
import { stage } from '../shared/sop';
import { stageWindow, type Times } from './episodes';

export interface Invitation {
  subject: string;
  text: string;
  /** wa.me with the guest's number, or without one (WhatsApp then asks for the contact). */
  whatsappUrl: string;
  mailtoUrl: string;
}

export interface InvitationFacts {
  liveDate: IsoDate;
  topic: string;
  times: Times;
  guest: Pick<Guest, 'name' | 'role' | 'organization' | 'phone' | 'email'>;
  agencyName: string;
}

/** A name typed with its honorific ("Ibu Siti") keeps it; otherwise both are offered. */
const HONORIFIC = /^(bapak|pak|ibu|bu|saudara|saudari|sdr\.?|sdri\.?)\s/i;
const addressee = (name: string) => (HONORIFIC.test(name) ? name : `Bapak/Ibu ${name}`);

export function invitation({ liveDate, topic, times, guest, agencyName }: InvitationFacts): Invitation {
  const live = stage('live');
  const subject = `Undangan narasumber ${NAME}, ${formatDayDateId(liveDate)}`;
  const text = [
    `Yth. ${addressee(guest.name)}`,
    [guest.role, guest.organization].filter(Boolean).join(' '),
    '',
    'Dengan hormat,',
    '',
    `Kami mengundang Bapak/Ibu menjadi narasumber ${PROGRAMME}, siaran LIVE TikTok mingguan yang mengenalkan koperasi dan UKM di Kabupaten Bogor kepada masyarakat, pada:`,
    '',
    `Hari, tanggal: ${formatDayDateId(liveDate)}`,
    `Waktu: ${formatWindowId(stageWindow(live, times)!)}, dilanjutkan sesi tanya jawab ${formatWindowId(stageWindow(stage('tanya_jawab'), times)!)}`,
    `Topik: ${topic}`,
    `Tempat: ${live.place.toLowerCase()} melalui LIVE TikTok`,
    '',
    `Dalam acara ini Bapak/Ibu dapat memperkenalkan ${guest.organization} beserta produk dan layanannya, serta menjawab pertanyaan masyarakat seputar koperasi dan UKM.`,
    '',
    'Mohon konfirmasi kesediaan Bapak/Ibu dengan membalas pesan ini. Atas perhatian dan kerja samanya, kami ucapkan terima kasih.',
    '',
    'Hormat kami,',
    `Tim Pelaksana ${NAME}`,
    agencyName,
  ].join('\n');
  const address = guest.email.split('@').map(encodeURIComponent).join('@');
  return {
    subject,
    text,
    whatsappUrl: `https://wa.me/${guest.phone ? whatsappNumber(guest.phone) : ''}?text=${encodeURIComponent(text)}`,
    // RFC 6068: line breaks in a mailto body are CRLF.
    mailtoUrl: `mailto:${address}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(text.replace(/\n/g, '\r\n'))}`,
  };
}
