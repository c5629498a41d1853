/** FormApp in the emulator: forms as Drive files, items, responses, pre-filled URLs, form-submit triggers. */
import { Emulator } from '../tools/emulator';

interface G {
  FormApp: GoogleAppsScript.Forms.FormApp;
  ScriptApp: GoogleAppsScript.Script.ScriptApp;
  DriveApp: GoogleAppsScript.Drive.DriveApp;
}
const setup = () => {
  const emu = new Emulator();
  return { emu, g: emu.globals() as unknown as G };
};

/** A form with three items, published unless `publish` is false (a new form starts unpublished). */
function sampleForm(g: G, publish = true) {
  const form = g.FormApp.create('Survei').setDescription('Isi ya').setCollectEmail(false);
  if (publish) form.setPublished(true);
  const choice = form.addMultipleChoiceItem().setTitle('Pilih').setChoiceValues(['A', 'B']).setRequired(true);
  const list = form.addListItem().setTitle('Episode').setChoiceValues(['EP-001', 'EP-002']);
  const text = form.addParagraphTextItem().setTitle('Saran');
  return { form, choice, list, text };
}

describe('FormApp', () => {
  it('creates a form in My Drive with its items, ids and URLs', () => {
    const { emu, g } = setup();
    const { form, choice } = sampleForm(g);
    expect(g.DriveApp.getFileById(form.getId()).getName()).toBe('Survei');
    expect(emu.driveItems().find((i) => i.id === form.getId())).toMatchObject({
      name: 'Survei',
      mimeType: 'application/vnd.google-apps.form',
    });
    expect(form.getEditUrl()).toBe(`https://docs.google.com/forms/d/${form.getId()}/edit`);
    expect(form.getPublishedUrl()).toMatch(/^https:\/\/docs\.google\.com\/forms\/d\/e\/1FAIpQL[\w-]+\/viewform$/);
    expect(Number.isInteger(choice.getId())).toBe(true);
    const items = g.FormApp.openById(form.getId()).getItems();
    expect(items.map((i) => [i.getTitle(), String(i.getType()), i.getIndex()])).toEqual([
      ['Pilih', 'MULTIPLE_CHOICE', 0],
      ['Episode', 'LIST', 1],
      ['Saran', 'PARAGRAPH_TEXT', 2],
    ]);
    const again = form.getItemById(choice.getId())!.asMultipleChoiceItem();
    expect([again.isRequired(), again.getChoices().map((c) => c.getValue())]).toEqual([true, ['A', 'B']]);
    expect(form.getItemById(12345)).toBeNull();
    expect(() => form.getItemById(choice.getId())!.asListItem()).toThrow('Invalid conversion for item type: MULTIPLE_CHOICE.');
    expect(g.FormApp.openByUrl(form.getPublishedUrl()).getId()).toBe(form.getId());
  });

  it('starts a form made after 30 June 2026 unpublished: no URL, no responses, until setPublished(true)', () => {
    const { emu, g } = setup();
    const { form, choice } = sampleForm(g, false);
    expect([form.isPublished(), form.isAcceptingResponses()]).toEqual([false, false]);
    expect(() => form.getPublishedUrl()).toThrow('Operation not supported on unpublished form');
    expect(() => form.setAcceptingResponses(true)).toThrow('Operation not supported on unpublished form');
    expect(() => emu.forms.submit(form.getId(), { Pilih: 'A' })).toThrow(
      `Emulator: form ${form.getId()} is not published, so it does not receive responses`,
    );
    form.setPublished(true);
    expect([form.isPublished(), form.isAcceptingResponses()]).toEqual([true, true]);
    expect(emu.forms.submit(form.getId(), { Pilih: 'A' }).responseId).toBeTruthy();
    form.setAcceptingResponses(false);
    expect(() => emu.forms.submit(form.getId(), { Pilih: 'A' })).toThrow('is not accepting responses');
    expect(choice.getId()).toBeGreaterThan(0);
    const before = new Emulator({ now: '2026-06-30T12:00:00+07:00' });
    expect((before.globals() as unknown as G).FormApp.create('Lama').isPublished()).toBe(true);
  });

  it('refuses the public where sign-in is required (a Workspace default) and answers to a trashed form', () => {
    const emu = new Emulator({ formsRequireLogin: true });
    const g = emu.globals() as unknown as G;
    const { form } = sampleForm(g);
    expect(form.requiresLogin()).toBe(true);
    expect(() => emu.forms.submit(form.getId(), { Pilih: 'A' })).toThrow('requires signing in to its domain');
    form.setRequireLogin(false);
    g.DriveApp.getFileById(form.getId()).setTrashed(true);
    expect(g.FormApp.openById(form.getId()).getId()).toBe(form.getId());
    expect(() => emu.forms.submit(form.getId(), { Pilih: 'A' })).toThrow('is in the trash');
  });

  it('refuses an unknown id and fails loudly for what is not modelled', () => {
    const { g } = setup();
    expect(() => g.FormApp.openById('nope')).toThrow('No item with the given ID could be found');
    const form = g.FormApp.create('x') as unknown as Record<string, unknown>;
    expect(() => form.setDestination).toThrow('Emulator: Form.setDestination is not implemented');
  });

  it('builds, submits and reads responses; refuses an answer that is not a choice', () => {
    const { emu, g } = setup();
    const { form, choice, list, text } = sampleForm(g);
    expect(() => choice.createResponse('C')).toThrow('Invalid response submitted to item: C');
    const draft = form.createResponse().withItemResponse(list.createResponse('EP-002'));
    expect(draft.toPrefilledUrl()).toMatch(/\/viewform\?usp=pp_url&entry\.\d+=EP-002$/);
    expect([draft.getId(), draft.getTimestamp()]).toEqual([null, null]);
    const sent = form
      .createResponse()
      .withItemResponse(text.createResponse('Bagus sekali'))
      .withItemResponse(choice.createResponse('B'))
      .submit();
    expect(() => sent.submit()).toThrow('already been submitted');
    const [read] = form.getResponses();
    expect(read.getId()).toBe(sent.getId());
    expect(read.getTimestamp().getTime()).toBe(emu.now().getTime());
    // In the form's item order, skipped items absent.
    expect(read.getItemResponses().map((r) => [r.getItem().getTitle(), r.getResponse()])).toEqual([
      ['Pilih', 'B'],
      ['Saran', 'Bagus sekali'],
    ]);
    expect(form.getResponses(new Date(emu.now().getTime() + 1))).toHaveLength(0);
  });

  it('lets a respondent submit as the web form does, and lists the onFormSubmit triggers to run', () => {
    const { emu, g } = setup();
    const { form } = sampleForm(g);
    const trigger = g.ScriptApp.newTrigger('onSubmit').forForm(form).onFormSubmit().create();
    expect(String(trigger.getTriggerSource())).toBe('FORMS');
    expect(trigger.getTriggerSourceId()).toBe(form.getId());
    expect(() => emu.forms.submit(form.getId(), { Saran: 'x' })).toThrow('required question not answered: "Pilih"');
    expect(() => emu.forms.submit(form.getId(), { Pilih: 'Z' })).toThrow('Invalid response');
    const { responseId, triggers } = emu.forms.submit(form.getId(), { Pilih: 'A', Episode: 'EP-001' });
    expect(triggers.map((t) => [t.handler, t.owner])).toEqual([['onSubmit', 'pelaksana@example.go.id']]);
    expect((triggers[0].event.response as GoogleAppsScript.Forms.FormResponse).getId()).toBe(responseId);
    expect(emu.forms.get(form.getId()).responses).toHaveLength(1);
  });

  it('holds responses received before now, in time order, for a form with history', () => {
    const { emu, g } = setup();
    const { form } = sampleForm(g);
    emu.forms.submit(form.getId(), { Pilih: 'B' });
    const day = 24 * 3600_000;
    emu.forms.received(form.getId(), [
      { id: 'old-2', at: new Date(emu.now().getTime() - day), answers: { Pilih: 'A' } },
      { id: 'old-1', at: new Date(emu.now().getTime() - 2 * day), answers: { Pilih: 'A', Saran: 'Bagus' } },
    ]);
    expect(
      form
        .getResponses()
        .map((r) => r.getId())
        .slice(0, 2),
    ).toEqual(['old-1', 'old-2']);
    expect(form.getResponses(new Date(emu.now().getTime() - day)).map((r) => r.getId())).toEqual(['old-2', expect.any(String)]);
    expect(() => emu.forms.received(form.getId(), [{ id: 'x', at: new Date(emu.now().getTime() + 1), answers: { Pilih: 'A' } }])).toThrow(
      'dated after now',
    );
  });

  it('counts calls and keeps forms in the saved state', () => {
    const { emu, g } = setup();
    const { calls } = emu.execute(() => sampleForm(g), { kind: 'menu' });
    expect(calls['FormApp.create']).toBe(1);
    expect(calls['MultipleChoiceItem.setChoiceValues']).toBe(1);
    const restored = Emulator.fromJSON(JSON.parse(JSON.stringify(emu.toJSON())));
    expect(restored.forms.ids()).toEqual(emu.forms.ids());
  });

  it('needs authorization: not available to simple triggers', () => {
    const { emu, g } = setup();
    expect(() => emu.execute(() => g.FormApp.create('x'), { kind: 'simple' })).toThrow(
      'Required permissions: https://www.googleapis.com/auth/forms',
    );
  });
});
