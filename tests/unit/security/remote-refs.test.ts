import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { findRemoteRefs } from '../../support/remote-refs'

let dir = ''
afterEach(() => rmSync(dir, { recursive: true, force: true }))

function bundle(files: Record<string, string>): string {
  dir = mkdtempSync(join(tmpdir(), 'cc-bundle-'))
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true })
    writeFileSync(join(dir, name), text)
  }
  return dir
}

describe('the no-CDN check of a built renderer', () => {
  it('passes a bundle that only references itself', () => {
    const d = bundle({
      'index.html': '<script type="module" src="./assets/index.js"></script><link rel="stylesheet" href="./assets/index.css"><link rel="icon" href="data:,">',
      'assets/index.css': '@font-face{src:url(./inter.woff2)} .a{background:url("data:image/png;base64,AA")}',
      'assets/index.js': 'const ns="http://www.w3.org/2000/svg";const e="https://react.dev/errors/"+n;import("./chunk.js")',
    })
    expect(findRemoteRefs(d)).toEqual([])
  })

  it('finds CDN scripts, stylesheets, fonts, imports and fetches', () => {
    const d = bundle({
      'index.html': '<script src="https://cdn.example/react.js"></script><link href=//fonts.example/css rel=stylesheet><img srcset="a.png 1x, https://img.example/b.png 2x">',
      'assets/a.css': '@import "https://fonts.example/inter.css"; @font-face{src:url(https://fonts.example/x.woff2)}',
      'assets/b.js': 'fetch("https://telemetry.example/ping");import("//cdn.example/chunk.js")',
    })
    expect(findRemoteRefs(d).map((r) => r.ref).sort()).toEqual(
      [
        '//cdn.example/chunk.js',
        '//fonts.example/css',
        'https://cdn.example/react.js',
        'https://fonts.example/inter.css',
        'https://fonts.example/x.woff2',
        'https://img.example/b.png 2x',
        'https://telemetry.example/ping',
      ].sort(),
    )
  })
})
