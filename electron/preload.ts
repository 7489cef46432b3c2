// The only bridge between the sandboxed renderer and the main process: one invoke function (the typed
// API object is built from the contract in renderer/src/api), native menu commands, and the path of a
// dropped file.
import { contextBridge, ipcRenderer, webUtils } from 'electron';

contextBridge.exposeInMainWorld('rdTransport', {
  invoke: (channel: string, arg: unknown) => ipcRenderer.invoke('rd:invoke', channel, arg),
});
contextBridge.exposeInMainWorld('rdMenu', {
  onCommand: (listener: (command: string) => void) => {
    const handler = (_event: unknown, command: unknown) => { if (typeof command === 'string') listener(command); };
    ipcRenderer.on('rd:menu', handler);
    return () => { ipcRenderer.removeListener('rd:menu', handler); };
  },
});
contextBridge.exposeInMainWorld('rdFiles', {
  pathForFile: (file: File) => {
    // Only a file the user dropped has a path; telling the main process grants it for import.
    const path = webUtils.getPathForFile(file);
    if (path) ipcRenderer.send('rd:grant-drop', path);
    return path;
  },
});
