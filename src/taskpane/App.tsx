import { FluentProvider, Tab, TabList, Title3, webLightTheme } from '@fluentui/react-components';
import { useMemo, useState, type ReactNode } from 'react';
import { FollowUpActions } from '../app/followUpActions';
import type { WorkbookPort } from '../core/port/workbookPort';
import { CaseListPanel } from './panels/CaseListPanel';
import { CasePanel } from './panels/CasePanel';
import { CodebookPanel } from './panels/CodebookPanel';
import { CheckPanel } from './panels/CheckPanel';
import { ResultsPanel } from './panels/ResultsPanel';
import { SettingsPanel } from './panels/SettingsPanel';
import { StartPanel } from './panels/StartPanel';
import type { Strings } from './strings';

type PanelName = 'start' | 'cases' | 'case' | 'check' | 'results' | 'codebook' | 'settings';

export interface AppProps {
  readonly port: WorkbookPort;
  readonly strings: Strings;
  readonly today: () => number;
  readonly readText: (file: File) => Promise<string>;
  /**
   * On a workbook file (the web page) no sheet is in view: a case list shows the cases and picks the one
   * to edit. In Excel the sheet itself is the list.
   */
  readonly onFile?: boolean;
  /** Shown under the title: the web page's file bar. */
  readonly toolbar?: ReactNode;
  /** The actions on the port, where they run elsewhere (the web page's worker); made here otherwise. */
  readonly actions?: FollowUpActions;
}

/** The task pane: five panels over one workbook port. */
export function App({ port, strings, today, readText, onFile = false, toolbar, actions: given }: AppProps) {
  const actions = useMemo(() => given ?? new FollowUpActions(port, today), [given, port, today]);
  const [panel, setPanel] = useState<PanelName>(onFile ? 'cases' : 'start');
  const [editRow, setEditRow] = useState<number | null>(null);
  const tabs: [PanelName, string][] = [
    ['start', strings.tabStart],
    ...(onFile ? [['cases', strings.tabCases] satisfies [PanelName, string]] : []),
    ['case', strings.tabCase],
    ['check', strings.tabCheck],
    ['results', strings.tabResults],
    ['codebook', strings.tabCodebook],
    ['settings', strings.tabSettings],
  ];
  return (
    <FluentProvider theme={webLightTheme}>
      <main className="pane">
        <Title3 as="h1">{strings.title}</Title3>
        {toolbar}
        <TabList
          selectedValue={panel}
          onTabSelect={(_, d) => {
            setEditRow(null);
            setPanel(tabs.find(([name]) => name === d.value)?.[0] ?? 'start');
          }}
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
        {panel === 'cases' && (
          <CaseListPanel
            actions={actions}
            strings={strings}
            onEdit={(row) => {
              setEditRow(row);
              setPanel('case');
            }}
          />
        )}
        {panel === 'case' && (
          <CasePanel actions={actions} strings={strings} editRow={editRow} editsSelection={!onFile} />
        )}
        {panel === 'check' && <CheckPanel actions={actions} port={port} strings={strings} />}
        {panel === 'results' && <ResultsPanel actions={actions} strings={strings} />}
        {panel === 'codebook' && <CodebookPanel actions={actions} strings={strings} />}
        {panel === 'settings' && <SettingsPanel actions={actions} strings={strings} />}
      </main>
    </FluentProvider>
  );
}
