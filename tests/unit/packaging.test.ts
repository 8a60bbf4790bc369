// The installers' configuration (electron-builder.json): the targets the issue asks for, nothing
// that phones home (no publish provider, no updater), the native module outside the archive, and
// the Electron fuses that take Node's back doors out of the shipped binary.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = join(__dirname, '../..')
const read = <T>(file: string): T => JSON.parse(readFileSync(join(root, file), 'utf8')) as T

interface BuilderConfig {
  appId: string
  productName: string
  files: string[]
  asar: boolean
  asarUnpack: string[]
  publish: unknown
  extraMetadata?: { main?: string }
  electronFuses: Record<string, boolean>
  linux: { target: string[] }
  mac: { target: string[] }
  win: { target: string[] }
}
interface PackageJson {
  main: string
  dependencies: Record<string, string>
  devDependencies: Record<string, string>
  build?: unknown
}

const config = read<BuilderConfig>('electron-builder.json')
const pkg = read<PackageJson>('package.json')

describe('electron-builder configuration', () => {
  it('builds AppImage and .deb, .dmg and NSIS', () => {
    expect(config.linux.target).toEqual(expect.arrayContaining(['AppImage', 'deb']))
    expect(config.mac.target).toContain('dmg')
    expect(config.win.target).toContain('nsis')
  })

  it('has no publish provider and the app has no updater: nothing checks for updates', () => {
    expect(config.publish).toBeNull()
    const all = { ...pkg.dependencies, ...pkg.devDependencies }
    for (const updater of ['electron-updater', 'update-electron-app', 'electron-simple-updater']) expect(all).not.toHaveProperty(updater)
    // One configuration only: a "build" key in package.json would be merged silently.
    expect(pkg.build).toBeUndefined()
  })

  it('sets the Electron fuses: no RunAsNode, no NODE_OPTIONS, no --inspect, ASAR integrity, app only from the ASAR', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    })
  })

  it('packs the app into an ASAR with better-sqlite3 unpacked (a native module cannot load from inside it)', () => {
    expect(config.asar).toBe(true)
    expect(config.asarUnpack.some((p) => p.startsWith('node_modules/better-sqlite3/'))).toBe(true)
    expect(pkg.dependencies).toHaveProperty('better-sqlite3')
    expect(pkg.devDependencies).toHaveProperty('electron')
  })

  it('ships the built app and the demo corpus, never a workspace file', () => {
    expect(config.files).toEqual(expect.arrayContaining(['out/**', 'resources/**', '!**/*.sqlite']))
    expect(existsSync(join(root, 'resources/demo'))).toBe(true)
    expect(config.extraMetadata?.main ?? pkg.main).toBe('out/main/index.js')
    expect(pkg.main).toBe('out/main/index.js')
  })

  it('is documented in the README: building with network, installing without', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8')
    expect(readme).toContain('npx electron-builder --linux AppImage deb')
    expect(readme).toMatch(/air-gapped/i)
  })
})
