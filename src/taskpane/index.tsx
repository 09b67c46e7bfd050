import { createRoot } from 'react-dom/client';
import { serialFromYmd } from '../core/dates';
import { OfficeWorkbookPort } from '../office/officePort';
import { decodeText } from '../platform/decodeText';
import { App } from './App';
import { NotInExcel } from './NotInExcel';
import { stringsFor } from './strings';

const today = () => {
  const now = new Date();
  return serialFromYmd(now.getFullYear(), now.getMonth() + 1, now.getDate());
};

/** A chosen CSV file as text: UTF-8 (with or without BOM) or Windows-1252, as Swedish Excel writes it. */
const readText = async (file: File) => decodeText(new Uint8Array(await file.arrayBuffer()));

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
    root.render(<App port={port} strings={strings} today={today} readText={readText} />);
  });
}

const container = document.getElementById('root');
if (container) start(container);
