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

void Office.onReady((info) => {
  const container = document.getElementById('root');
  if (!container) return;
  const root = createRoot(container);
  const strings = stringsFor(Office.context?.displayLanguage);
  if (info.host !== Office.HostType.Excel) {
    root.render(<NotInExcel strings={strings} />);
    return;
  }
  const port = new OfficeWorkbookPort((work) => Excel.run(work));
  root.render(<App port={port} strings={strings} today={today} readText={readText} />);
});
