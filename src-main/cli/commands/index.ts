import type { Command } from '../command'
import { articlesCommand } from './articles'
import { importCommand } from './import'
import { showCommand } from './show'

/** Every command, in the order the usage text lists them. Features add one line each. */
export const COMMANDS: readonly Command[] = [importCommand, articlesCommand, showCommand]
