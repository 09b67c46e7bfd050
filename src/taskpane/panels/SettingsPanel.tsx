import { Button, Checkbox, Field, Input, Radio, RadioGroup } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { FollowUpActions } from '../../app/followUpActions';
import { errorMessages } from '../../app/saveOutcome';
import { DEFAULT_SETTINGS, formatAgeBands, type Settings } from '../../core/settings';
import { ActionStatus } from '../ActionStatus';
import type { Strings } from '../strings';
import { useAction } from '../useAction';

/** Inställningar: the settings of the follow-up, written to the Inställningar sheet. */
export function SettingsPanel({ actions, strings }: { actions: FollowUpActions; strings: Strings }) {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [bands, setBands] = useState(formatAgeBands(DEFAULT_SETTINGS.ageBands));
  const [state, run] = useAction(strings.language);
  // Until the sheet's own settings are read, nothing may be saved: the defaults must never replace them.
  const [readable, setReadable] = useState(false);
  const [chartChoices, setChartChoices] = useState<readonly string[]>([]);
  useEffect(() => {
    void run(async () => {
      const read = await actions.settings.read();
      setSettings(read);
      setBands(formatAgeBands(read.ageBands));
      setChartChoices(await actions.settings.chartChoices());
      setReadable(true);
      return '';
    });
  }, [actions, run]);
  const charted = (name: string) => settings.charts === undefined || settings.charts.includes(name);
  const tickChart = (name: string, on: boolean) => {
    const now = chartChoices.filter((n) => (n === name ? on : charted(n)));
    // Every breakdown ticked is "alla", so a breakdown the team adds later gets its chart too.
    setSettings({ ...settings, charts: now.length === chartChoices.length ? undefined : now });
  };
  const text = (key: 'name' | 'municipality' | 'period', label: string) => (
    <Field label={label}>
      <Input value={settings[key]} onChange={(_, d) => setSettings({ ...settings, [key]: d.value })} />
    </Field>
  );
  const whole = (key: 'minCount' | 'investigationLimitDays', label: string) => (
    <Field label={label}>
      <Input
        type="number"
        value={String(settings[key])}
        onChange={(_, d) => setSettings({ ...settings, [key]: Number(d.value) })}
      />
    </Field>
  );
  return (
    <form
      aria-label={strings.tabSettings}
      className="panel"
      onSubmit={(event) => {
        event.preventDefault();
        void run(async () => {
          const outcome = await actions.settings.save(settings, bands);
          return outcome.saved ? strings.settingsSaved : { problems: errorMessages(outcome) };
        });
      }}
    >
      {text('name', strings.settingName)}
      {text('municipality', strings.settingMunicipality)}
      {text('period', strings.settingPeriod)}
      {whole('minCount', strings.settingMinCount)}
      <Field label={strings.settingMasking}>
        <RadioGroup
          value={settings.masking}
          onChange={(_, d) => setSettings({ ...settings, masking: d.value === 'round' ? 'round' : 'hide' })}
        >
          <Radio value="hide" label={strings.maskingHide} />
          <Radio value="round" label={strings.maskingRound} />
        </RadioGroup>
      </Field>
      {whole('investigationLimitDays', strings.settingLimit)}
      <Field label={strings.settingAgeBands}>
        <Input value={bands} onChange={(_, d) => setBands(d.value)} />
      </Field>
      <fieldset className="choices">
        <legend>{strings.settingCharts}</legend>
        {chartChoices.map((name) => (
          <Checkbox
            key={name}
            label={name}
            checked={charted(name)}
            onChange={(_, d) => tickChart(name, d.checked === true)}
          />
        ))}
      </fieldset>
      <Button appearance="primary" type="submit" disabled={!readable}>
        {strings.save}
      </Button>
      <ActionStatus state={state} strings={strings} />
    </form>
  );
}
