/** E-mail through MailApp, always from the programme's name. https://developers.google.com/apps-script/reference/mail/mail-app */
import { NAME } from '../domain/shared/programme';

export interface Mail {
  /** One address, or several separated by commas. */
  to: string;
  subject: string;
  body: string;
}

export function sendMail(mail: Mail): void {
  MailApp.sendEmail({ ...mail, name: NAME });
}

/** Recipients this account may still send to today. */
export function mailQuotaLeft(): number {
  return MailApp.getRemainingDailyQuota();
}
