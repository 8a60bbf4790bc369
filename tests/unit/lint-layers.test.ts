// The layer rules are architecture, so they get a test: the core may not reach for Electron,
// React or a host, and the renderer may reach src-main only for types.
import { resolve } from 'node:path'
import { ESLint } from 'eslint'
import tseslint from 'typescript-eslint'
import { describe, expect, it } from 'vitest'

const root = resolve(__dirname, '../..')
// Snippets are not files on disk, so the type-aware rules (which need a TS program) are turned
// off; the layer rules need no types.
const eslint = new ESLint({ cwd: root, overrideConfig: [tseslint.configs.disableTypeChecked] })

async function ruleIds(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, file) })
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message)
}

describe('layer lint rules', () => {
  it('refuses electron and react in the core', async () => {
    expect(await ruleIds('src-main/core/example.ts', "import { app } from 'electron'\nexport const a = app\n")).toContain('no-restricted-imports')
    expect(await ruleIds('src-main/core/example.ts', "import { useState } from 'react'\nexport const u = useState\n")).toContain('no-restricted-imports')
    expect(await ruleIds('src-main/core/example.ts', "import { createBrowserHost } from '../server/app'\nexport const c = createBrowserHost\n")).toContain('no-restricted-imports')
  }, 60_000)

  it('lets the core use node built-ins', async () => {
    expect(await ruleIds('src-main/core/example.ts', "import { createHash } from 'node:crypto'\nexport const h = createHash\n")).toEqual([])
  }, 60_000)

  it('lets the renderer import contract types but not runtime code from src-main', async () => {
    const typeOnly = "import type { Api } from '../../src-main/api/contract'\nexport type A = Api\n"
    expect(await ruleIds('src-renderer/src/example.ts', typeOnly)).toEqual([])
    const runtime = "import { dispatch } from '../../src-main/api/dispatch'\nexport const d = dispatch\n"
    expect(await ruleIds('src-renderer/src/example.ts', runtime)).toContain('@typescript-eslint/no-restricted-imports')
  }, 60_000)
})
