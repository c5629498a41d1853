/** The survey's questionnaires as respondents, for the IKM, the reports and the dashboard. */
import { SCHEMAS } from '../../domain/shared/schema';
import type { Respondent } from '../../domain/survey/skm-report';
import { invalidAnswer, matches, respondentOf, type SurveyFilter } from '../../domain/survey/survey';
import type { Register } from '../../gas/register';
import type { Scope } from '../../gas/table';

/**
 * The rows of "Survei Kepuasan" a filter needs (see Scope): an episode's, or those filled in within the
 * period. A questionnaire without a filling time counts by when it was recorded, so those rows are read
 * too. Without a filter, every row.
 */
export function surveyScope(filter: SurveyFilter): Scope<'survey'> | undefined {
  if (filter.episodeId) return { where: { episodeId: [filter.episodeId] } };
  if (!filter.from && !filter.to) return undefined;
  const inPeriod = (t: string) =>
    t === '' || ((!filter.from || t.slice(0, 10) >= filter.from) && (!filter.to || t.slice(0, 10) <= filter.to));
  return { where: { submittedAt: inPeriod } };
}

/**
 * The questionnaires of a period and/or an episode, for the IKM and the report section. A row with an
 * answer other than 1–4 typed into the sheet is left out and reported like any unreadable row. `scope`:
 * the rows to read, a superset of the filter's.
 */
export function surveyRespondents(register: Register, filter: SurveyFilter, scope = surveyScope(filter)): Respondent[] {
  const table = register.table('survey', scope);
  const out: Respondent[] = [];
  for (const { row, index } of table.all()) {
    if (!matches(row, filter)) continue;
    const bad = invalidAnswer(row);
    if (!bad) out.push(respondentOf(row));
    else {
      const sheet = SCHEMAS.survey.name;
      table.problems.push({
        sheet,
        row: index + 2,
        column: bad.column,
        message: `Lembar "${sheet}" baris ${index + 2} kolom "${bad.column}": "${bad.value}" bukan nilai 1–4.`,
      });
    }
  }
  return out;
}
