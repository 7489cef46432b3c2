// The only bridge between the sandboxed renderer and the main process: one invoke function (the typed
// API object is built from the contract in renderer/src/api) and the path of a dropped file.
import { contextBridge, ipcRenderer, webUtils } from 'electron';

contextBridge.exposeInMainWorld('rdTransport', {
  invoke: (channel: string, arg: unknown) => ipcRenderer.invoke('rd:invoke', channel, arg),
});
contextBridge.exposeInMainWorld('rdFiles', {
  pathForFile: (file: File) => webUtils.getPathForFile(file),
});
