/**
 * Form methods Google documents that @types/google-apps-script 2.0.13 lacks. Forms created after 30 June 2026
 * start unpublished and "won't receive responses" until published:
 * https://developers.google.com/workspace/forms/api/guides/api-changes-to-google-forms ;
 * the Apps Script sample in https://developers.google.com/workspace/forms/api/guides/publish-form uses both.
 */
declare namespace GoogleAppsScript {
  namespace Forms {
    interface Form {
      /** Whether respondents can open the form. */
      isPublished(): boolean;
      /** Publishes (this also starts accepting responses) or unpublishes the form. */
      setPublished(enabled: boolean): Form;
    }
  }
}
