import { createRoot } from 'react-dom/client';
import { today } from '../taskpane/browser';
import { stringsFor } from '../taskpane/strings';
import { workerFiles } from './files/workerFiles';
import { browserRecovery } from './files/recovery';
import { WebPage } from './WebPage';
import { webStringsFor } from './webStrings';

/** Hands bytes to the browser as a download; nothing leaves the computer. */
function saveBytes(bytes: Uint8Array<ArrayBuffer>, name: string): void {
  const url = URL.createObjectURL(
    new Blob([bytes], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }),
  );
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // The browser has taken the file once the click has run; the link's memory can go a moment later.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const container = document.getElementById('root');
// Framed by another page, the page shows nothing to click: a site could otherwise lay its own page over
// this one's buttons (clickjacking) while a workbook is open. The server's header says the same.
const framed = window.top !== window.self;
if (container && framed) {
  container.textContent = webStringsFor(navigator.language).framed;
} else if (container) {
  createRoot(container).render(
    <WebPage
      strings={stringsFor(navigator.language)}
      webStrings={webStringsFor(navigator.language)}
      files={async () =>
        // A worker keeps the page responsive on a large file; without workers the page holds it itself.
        typeof Worker === 'undefined'
          ? (await import(/* webpackChunkName: "workbook-file" */ './files/localFiles')).localFiles(today)
          : workerFiles(today)
      }
      saveBytes={saveBytes}
      recovery={browserRecovery()}
    />,
  );
}
