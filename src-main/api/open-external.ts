import type { Workspace } from '../core/workspace'
import { externalHttpUrl } from '../electron/policy'
import type { ApiError } from './contract'
import type { HostContext } from './dispatch'

/** Why an address was not opened: not http(s) (invalid_input), or no system browser to hand it to (forbidden). */
export class OpenExternalRefusedError extends Error {
  override name = 'OpenExternalRefusedError'
  constructor(
    readonly code: Extract<ApiError['code'], 'invalid_input' | 'forbidden'>,
    message: string,
  ) {
    super(message)
  }
}

/**
 * "Open original…": the renderer asked the analyst first; here the address is checked again and
 * only then handed over. The browser host has no way to open anything and says so.
 */
export async function openExternalHandler(_ws: Workspace, { url }: { url: string }, ctx: HostContext): Promise<{ opened: true }> {
  const safe = externalHttpUrl(url)
  if (safe === null) throw new OpenExternalRefusedError('invalid_input', 'Only web addresses (http or https) can be opened.')
  if (!ctx.openExternal) throw new OpenExternalRefusedError('forbidden', 'This version of Crosscheck cannot open links; copy the address instead.')
  if (!(await ctx.openExternal(safe))) throw new OpenExternalRefusedError('invalid_input', 'Only web addresses (http or https) can be opened.')
  return { opened: true }
}
