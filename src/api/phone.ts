/**
 * The register as a web app, for recording from a phone during the LIVE. Deployed with "Execute as: the user accessing
 * the web app" and "Who has access: anyone with a Google account": every call runs as the person holding the phone,
 * with that person's own permission on the register (see openRegister). The page calls the sidebar's own endpoints.
 */
import { NAME } from '../domain/shared/programme';
import { form } from '../domain/shared/validation';
import { openRegister, rememberRegister } from '../gas/runtime';
import { endpoint, unexpected } from './endpoint';

/** The project's HTML file of the phone page (dist/Phone.html). */
const PAGE = 'Phone';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A page that only says why the register cannot be opened: nothing of the register is read to make it. */
function refusalPage(message: string): string {
  return (
    `<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><style>body{margin:0;font:16px/1.5 system-ui,Roboto,Arial,sans-serif;` +
    `color:#202124}main{padding:16px}p{background:#fce8e6;color:#a50e0e;padding:12px;border-radius:6px}</style></head>` +
    `<body><main><h1>${NAME}</h1><p role="alert">${escapeHtml(message)}</p></main></body></html>`
  );
}

/**
 * The web app's page. The register is opened first, as the user: without edit access the answer is the refusal, and
 * the recording page is not served. Web app pages ignore a viewport meta tag in the file: it must be added here
 * (developers.google.com/apps-script/reference/html/html-output#addmetatagname,-content).
 */
export function doGet(_e?: GoogleAppsScript.Events.DoGet): GoogleAppsScript.HTML.HtmlOutput {
  let page: GoogleAppsScript.HTML.HtmlOutput;
  try {
    openRegister();
    page = HtmlService.createHtmlOutputFromFile(PAGE);
  } catch (error) {
    const refused = unexpected(error);
    page = HtmlService.createHtmlOutput(refusalPage(refused.ok ? '' : refused.errors.map((e) => e.message).join(' ')));
  }
  return page.setTitle(NAME).addMetaTag('viewport', 'width=device-width, initial-scale=1');
}

export interface PhoneLink {
  /** The web app's address, or null while the script is not deployed as a web app. */
  url: string | null;
}

/**
 * The web app's link, for the sidebar to show with its QR code. It also remembers this spreadsheet as the register the
 * web app opens (a register set up before the web app existed, or a copy of the spreadsheet, is then connected).
 */
export const getPhoneLink = endpoint(
  form({}),
  (_input, ctx): PhoneLink => {
    rememberRegister(ctx.register.spreadsheet);
    return { url: ScriptApp.getService().getUrl() || null };
  },
  { write: false },
);
