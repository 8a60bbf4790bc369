import { z } from 'zod'
import { MAX_NAME_LENGTH } from './meta'

const empty = z.object({}).strict()
const path = z.string().trim().min(1, 'a file path').max(4096)
const name = z.string().trim().min(1, 'a name').max(MAX_NAME_LENGTH)

/** Argument schemas of the workspaces-* methods, spread into the contract's ARG_SCHEMAS. */
export const WORKSPACES_SCHEMAS = {
  'workspaces-list': empty,
  'workspaces-current': empty,
  'workspaces-create': z.object({ name, path: path.optional() }).strict(),
  'workspaces-open': z.object({ path }).strict(),
  'workspaces-rename': z.object({ name }).strict(),
  'workspaces-forget': z.object({ path }).strict(),
  'workspaces-retry': empty,
  'workspaces-dismiss-problem': empty,
  'workspaces-restore-backup': z.object({ backupPath: path, name }).strict(),
}
