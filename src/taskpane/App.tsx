import { FluentProvider, Spinner, Tab, TabList, Title3, webLightTheme } from '@fluentui/react-components';
import { lazy, Suspense, useState, type ReactNode } from 'react';
import type { FollowUpActions } from '../app/followUpActions';
import type { VariableKey } from '../core/codebook/types';
import type { WorkbookPort } from '../core/port/workbookPort';
import { CaseListPanel } from './panels/CaseListPanel';
import { CasePanel } from './panels/CasePanel';
import { CheckPanel } from './panels/CheckPanel';
import { SettingsPanel } from './panels/SettingsPanel';
import { StartPanel } from './panels/StartPanel';

// The codebook and results tabs are fetched when first opened: the first script stays within its budget.
const CodebookPanel = lazy(async () => ({
  default: (await import(/* webpackChunkName: "codebook-tab" */ './panels/CodebookPanel')).CodebookPanel,
}));
const ResultsPanel = lazy(async () => ({
  default: (await import(/* webpackChunkName: "results-tab" */ './panels/ResultsPanel')).ResultsPanel,
}));
import type { Strings } from './strings';

type PanelName = 'start' | 'cases' | 'case' | 'check' | 'results' | 'codebook' | 'settings';

export interface AppProps {
  readonly port: WorkbookPort;
  readonly strings: Strings;
  readonly readText: (file: File) => Promise<string>;
  /**
   * On a workbook file (the web page) no sheet is in view: a case list shows the cases and picks the one
   * to edit. In Excel the sheet itself is the list.
   */
  readonly onFile?: boolean;
  /** Shown under the title: the web page's file bar. */
  readonly toolbar?: ReactNode;
  /**
   * The actions on the port: made by the page that renders the pane (the task pane's entry point), or
   * running elsewhere (the web page's worker). Never made here, so the web page's first script does not
   * carry the core that its worker runs.
   */
  readonly actions: FollowUpActions;
}

/** The task pane: five panels over one workbook port. */
export function App({ port, strings, readText, onFile = false, toolbar, actions }: AppProps) {
  const [panel, setPanel] = useState<PanelName>(onFile ? 'cases' : 'start');
  const [editRow, setEditRow] = useState<number | null>(null);
  const [focusField, setFocusField] = useState<VariableKey | null>(null);
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
            setFocusField(null);
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
              setFocusField(null);
              setPanel('case');
            }}
          />
        )}
        {panel === 'case' && (
          <CasePanel
            actions={actions}
            strings={strings}
            editRow={editRow}
            focusField={focusField}
            editsSelection={!onFile}
          />
        )}
        {panel === 'check' && (
          <CheckPanel
            actions={actions}
            port={port}
            strings={strings}
            onOpenCase={(row, variable) => {
              setEditRow(row);
              setFocusField(variable);
              setPanel('case');
            }}
          />
        )}
        <Suspense fallback={<Spinner size="tiny" label={strings.busy} />}>
          {panel === 'results' && <ResultsPanel actions={actions} strings={strings} />}
          {panel === 'codebook' && <CodebookPanel actions={actions} strings={strings} />}
        </Suspense>
        {panel === 'settings' && <SettingsPanel actions={actions} strings={strings} />}
      </main>
    </FluentProvider>
  );
}
