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
  pathForFile: (file: File) => webUtils.getPathForFile(file),
});
