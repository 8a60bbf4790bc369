import type { ApiResponse } from '../../../src-main/api/contract'

declare global {
  /** What the Electron preload exposes through contextBridge; absent in a plain browser. */
  interface Window {
    crosscheck?: {
      invoke(method: string, args: unknown): Promise<ApiResponse<unknown>>
    }
  }
}
