/**
 * The renderer's only door to the app: one finite object with one method. ipcRenderer itself is
 * never exposed, so page script (or anything injected into it) cannot reach other channels.
 */
import { contextBridge, ipcRenderer } from 'electron'
import { INVOKE_CHANNEL } from './channels'

const bridge = {
  invoke: (method: string, args: unknown): Promise<unknown> => ipcRenderer.invoke(INVOKE_CHANNEL, method, args),
}

contextBridge.exposeInMainWorld('crosscheck', bridge)
