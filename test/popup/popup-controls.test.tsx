import assert from 'node:assert/strict';
import type { ChoiceAction } from '../../src/core/service-choices.js';
import { DEFAULT_SETTINGS } from '../../src/core/settings.js';
import { PopupSettings, ServiceChoices } from '../../src/popup/PopupControls.js';
import { fakeTranslate } from '../helpers/dom.js';
import { renderInDom } from '../helpers/preact-dom.js';

const now = 1_800_000_000_000;

async function controls(settings = DEFAULT_SETTINGS, serviceId: string | null = 'skype', error: string | null = null) {
  const calls: string[] = [];
  const page = await renderInDom(
    <>
      {serviceId && (
        <ServiceChoices settings={settings} serviceId={serviceId} serviceName="Skype" now={now} t={fakeTranslate} error={error} choose={(a: ChoiceAction) => calls.push(`choose:${a}`)} />
      )}
      <PopupSettings
        settings={settings}
        t={fakeTranslate}
        error={serviceId ? null : error}
        setPaused={(p: boolean) => calls.push(`paused:${p}`)}
        openOptions={() => calls.push('options')}
      />
    </>,
  );
  return { ...page, calls };
}

describe('popup controls', () => {
  it('offers the three choices for a listed service, the pause and the options', async () => {
    const { root, calls, cleanup } = await controls();
    try {
      const buttons = [...root.querySelectorAll<HTMLButtonElement>('[role="group"] button')];
      assert.deepEqual(buttons.map((b) => b.dataset.action), ['snooze-day', 'snooze-month', 'acknowledge']);
      // Each says what it does, and the group is named after the service.
      assert.deepEqual(buttons.map((b) => b.title), ['warningSnoozeDayHint(Skype)', 'warningSnoozeMonthHint(Skype)', 'warningAcknowledgeHint(Skype)']);
      assert.equal(root.querySelector('#choices-heading')!.textContent, 'popupChoicesTitle(Skype)');
      buttons[2]!.click();
      root.querySelector<HTMLInputElement>('input[name="paused"]')!.click();
      root.querySelector<HTMLButtonElement>('button.link')!.click();
      assert.deepEqual(calls, ['choose:acknowledge', 'paused:true', 'options']);
    } finally {
      cleanup();
    }
  });

  it('shows an active choice with Undo, no choices on unlisted tabs, and a save error as an alert', async () => {
    const snoozed = await controls({ ...DEFAULT_SETTINGS, services: { skype: { snoozedUntil: now + 1000 } } });
    try {
      assert.match(snoozed.root.textContent!, /optionsChoiceSnoozed/);
      snoozed.root.querySelector<HTMLButtonElement>('button[data-action="clear"]')!.click();
      assert.deepEqual(snoozed.calls, ['choose:clear']);
    } finally {
      snoozed.cleanup();
    }
    const other = await controls(DEFAULT_SETTINGS, null, 'Your preferences could not be saved: quota');
    try {
      assert.equal(other.root.querySelector('[role="group"]'), null);
      assert.equal(other.root.querySelector('[role="alert"]')!.textContent, 'Your preferences could not be saved: quota');
    } finally {
      other.cleanup();
    }
  });
});
