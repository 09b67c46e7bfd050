import { FluentProvider, Tab, TabList, Title3, webLightTheme } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { FollowUpActions } from '../app/followUpActions';
import type { WorkbookPort } from '../core/port/workbookPort';
import { CasePanel } from './panels/CasePanel';
import { CheckPanel } from './panels/CheckPanel';
import { ResultsPanel } from './panels/ResultsPanel';
import { SettingsPanel } from './panels/SettingsPanel';
import { StartPanel } from './panels/StartPanel';
import type { Strings } from './strings';

type PanelName = 'start' | 'case' | 'check' | 'results' | 'settings';

export interface AppProps {
  readonly port: WorkbookPort;
  readonly strings: Strings;
  readonly today: () => number;
  readonly readText: (file: File) => Promise<string>;
}

/** The task pane: five panels over one workbook port. */
export function App({ port, strings, today, readText }: AppProps) {
  const actions = useMemo(() => new FollowUpActions(port, today), [port, today]);
  const [panel, setPanel] = useState<PanelName>('start');
  const tabs: [PanelName, string][] = [
    ['start', strings.tabStart],
    ['case', strings.tabCase],
    ['check', strings.tabCheck],
    ['results', strings.tabResults],
    ['settings', strings.tabSettings],
  ];
  return (
    <FluentProvider theme={webLightTheme}>
      <main className="pane">
        <Title3 as="h1">{strings.title}</Title3>
        <TabList
          selectedValue={panel}
          onTabSelect={(_, d) => setPanel(tabs.find(([name]) => name === d.value)?.[0] ?? 'start')}
          vertical={false}
          size="small"
        >
          {tabs.map(([name, label]) => (
            <Tab key={name} value={name}>
              {label}
            </Tab>
          ))}
        </TabList>
        {panel === 'start' && <StartPanel actions={actions} strings={strings} readText={readText} />}
        {panel === 'case' && <CasePanel actions={actions} strings={strings} />}
        {panel === 'check' && <CheckPanel actions={actions} port={port} strings={strings} />}
        {panel === 'results' && <ResultsPanel actions={actions} strings={strings} />}
        {panel === 'settings' && <SettingsPanel actions={actions} strings={strings} />}
      </main>
    </FluentProvider>
  );
}
