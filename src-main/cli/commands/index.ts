import type { Command } from '../command'
import { articlesCommand } from './articles'
import { claimsCommand } from './claims'
import { clustersCommand } from './clusters'
import { compareCommand } from './compare'
import { importCommand } from './import'
import { searchCommand } from './search'
import { showCommand } from './show'
import { annotateCommand } from './annotate'
import { annotationsCommand } from './annotations'
import { exportCommand } from './export'
import { backupCommand } from './backup'
import { restoreCommand } from './restore'
import { workspaceCommand } from './workspace'

/** Every command, in the order the usage text lists them. Features add one line each. */
export const COMMANDS: readonly Command[] = [importCommand, articlesCommand, showCommand, searchCommand, claimsCommand, clustersCommand, compareCommand, annotateCommand, annotationsCommand, exportCommand, backupCommand, restoreCommand, workspaceCommand]
