/**
 * "Mencatat dari HP": the web app's link and its QR code, for the person hosting the LIVE to open the register on a
 * phone. The QR code is drawn here from the link (no QR service: the sidebar makes no request to another host).
 */
import encodeQR from '@paulmillr/qr';
import { h, notice } from '../dom';
import { call } from '../rpc';
import { externalLink, failed } from './common';

const SVG = 'http://www.w3.org/2000/svg';
/** The quiet zone the QR standard asks around the code, in modules. */
const QUIET = 4;

/** The code as an SVG image: one path of unit squares, dark on white, sharp at any size. */
export function qrCode(text: string, label: string): SVGSVGElement {
  const modules = encodeQR(text, 'raw', { ecc: 'medium', border: QUIET });
  const size = modules.length;
  let d = '';
  modules.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) d += `M${x} ${y}h1v1h-1z`;
    }),
  );
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${size} ${size}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.setAttribute('shape-rendering', 'crispEdges');
  svg.setAttribute('class', 'qr');
  const background = document.createElementNS(SVG, 'rect');
  for (const [k, v] of [
    ['width', '100%'],
    ['height', '100%'],
    ['fill', '#fff'],
  ])
    background.setAttribute(k, v);
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', d);
  path.setAttribute('fill', '#000');
  svg.append(background, path);
  return svg;
}

/** The card; filled in once the server has said the link (or that the web app is not deployed yet). */
export function phoneLink(): HTMLElement {
  const body = h('div', {}, h('p', { class: 'muted' }, 'Memuat tautan…'));
  void call('getPhoneLink').then((result) => {
    if (!result.ok) return body.replaceChildren(failed(result.errors));
    const { url } = result.data;
    if (!url) {
      return body.replaceChildren(
        notice(
          'warn',
          'Aplikasi web belum dipasang. Pengelola skrip memasangnya sekali dari editor Apps Script: Terapkan › Deployment baru › ' +
            'Aplikasi web, "Jalankan sebagai: Pengguna yang mengakses aplikasi web", "Yang memiliki akses: Siapa saja yang memiliki Akun Google".',
        ),
      );
    }
    body.replaceChildren(
      h(
        'p',
        {},
        'Pindai dengan kamera HP, atau buka tautan ini di HP. Yang dapat mencatat hanya akun yang menjadi Editor spreadsheet register.',
      ),
      qrCode(url, 'Kode QR tautan pencatatan dari HP'),
      h('p', { class: 'link' }, externalLink(url, url)),
    );
  });
  return h('section', { class: 'card', 'aria-label': 'Mencatat dari HP' }, h('h2', {}, 'Mencatat dari HP'), body);
}
