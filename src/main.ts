/**
 * Every function Apps Script calls by name: menu items, triggers, the web app's doGet and the endpoints
 * its pages call. The build turns each export into a top-level function of dist/Code.js; nothing else
 * becomes global. How each is reached (sidebar, trigger, menu, web app) is declared in src/entrypoints.ts.
 */
export { onOpen, showSidebar } from './api/menu';
export { setupRegister, showRegisterSetup, getSetupStatus } from './api/setup';
export { getSettings, saveSettings } from './api/settings';
export { saveNarasumber, listNarasumber } from './api/guests';
export {
  scheduleEpisode, getEpisode, listEpisodes, getAgenda, completeStage, reopenStage, rescheduleEpisode, cancelEpisode,
  getInvitation,
} from './api/episodes';
export {
  createSurveyForm, getSurveyForm, saveSurveyResponse, syncSurveyResponses, onSurveySubmit, getIkm,
} from './api/survey';
export {
  runReminders, sendRemindersNow, installTriggers, showReminderInstall, removeTriggers, getReminderStatus, previewReminders,
} from './api/reminders';
export { deleteRecord, excludeRecord, getLiveRecord, recordLiveMetrics, recordViewerCount, saveQuestion, saveFeedback } from './api/live';
export { importComments } from './api/comments';
export { doGet, getPhoneLink } from './api/phone';
export { saveEvaluation, completeAction } from './api/evaluation';
export { generateEpisodeReport, generatePeriodReport, listReports, previewReportEmail, emailReportLink } from './api/reports';
export { refreshDashboard, showDashboardRefresh } from './api/dashboard';
export { checkRegister, checkInstallation, showRegisterCheck, showInstallationCheck } from './api/diagnostics';
export { runSelfTest } from './api/self-test';
