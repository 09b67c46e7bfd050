/**
 * The File System Access API's pickers and permissions (WICG; Edge and Chrome have them, lib.dom does not
 * yet). Optional, so every use checks that the browser has them and falls back to a download otherwise.
 */
interface FilePickerType {
  readonly description?: string;
  readonly accept: Record<string, string[]>;
}

interface Window {
  showOpenFilePicker?: (options?: {
    readonly types?: readonly FilePickerType[];
    readonly multiple?: boolean;
  }) => Promise<FileSystemFileHandle[]>;
  showSaveFilePicker?: (options?: {
    readonly suggestedName?: string;
    readonly types?: readonly FilePickerType[];
  }) => Promise<FileSystemFileHandle>;
}

interface FileSystemHandle {
  queryPermission?: (descriptor: { readonly mode: 'read' | 'readwrite' }) => Promise<PermissionState>;
  requestPermission?: (descriptor: { readonly mode: 'read' | 'readwrite' }) => Promise<PermissionState>;
}
