/** The programme's names, as menus, e-mails, forms and reports print them. */
export const NAME = 'HALO KOP-UKM';
export const PROGRAMME = `${NAME} (Halaman Konsultasi Koperasi dan UKM)`;
