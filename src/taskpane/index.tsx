import { createRoot } from 'react-dom/client';
import { OfficeWorkbookPort } from '../office/officePort';
import { App } from './App';
import { FollowUpActions } from '../app/followUpActions';
import { readText, today } from './browser';
import { NotInExcel } from './NotInExcel';
import { stringsFor } from './strings';

function start(container: HTMLElement): void {
  const root = createRoot(container);
  // office.js comes from Microsoft's server; without it (outside Office, or blocked) say so, never a blank page.
  if (typeof Office === 'undefined') {
    root.render(<NotInExcel strings={stringsFor(navigator.language)} />);
    return;
  }
  void Office.onReady((info) => {
    const strings = stringsFor(Office.context?.displayLanguage);
    if (info.host !== Office.HostType.Excel) {
      root.render(<NotInExcel strings={strings} />);
      return;
    }
    const port = new OfficeWorkbookPort((work) => Excel.run(work));
    const actions = new FollowUpActions(port, today);
    root.render(<App port={port} actions={actions} strings={strings} readText={readText} />);
  });
}

const container = document.getElementById('root');
if (container) start(container);
