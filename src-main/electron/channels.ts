/** Every IPC channel shares one prefix, so main can refuse anything else outright. */
export const IPC_PREFIX = 'crosscheck:'
export const INVOKE_CHANNEL = `${IPC_PREFIX}invoke`
