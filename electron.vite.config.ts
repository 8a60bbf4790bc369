import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import type { Plugin } from 'vite'
import { injectCsp } from './src-main/host/csp'

/** index.html's Content-Security-Policy comes from the one constant the hosts also send. */
function cspPlugin(): Plugin {
  return { name: 'crosscheck-csp', transformIndexHtml: { order: 'pre', handler: injectCsp } }
}

// Our folders are not electron-vite's defaults (src/main, src/preload, src/renderer), so every
// process names its entries. The main build carries the programs that share the core: the
// Electron app, the browser host, the CLI, and the parser, search and integrity workers.
export default defineConfig({
  main: {
    build: {
      externalizeDeps: true,
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src-main/electron/main.ts'),
          server: resolve(__dirname, 'src-main/server/main.ts'),
          cli: resolve(__dirname, 'src-main/cli/main.ts'),
          'ingest-worker': resolve(__dirname, 'src-main/core/ingest/worker.ts'),
          'search-worker': resolve(__dirname, 'src-main/core/search/worker.ts'),
          'integrity-worker': resolve(__dirname, 'src-main/core/store/integrity-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      externalizeDeps: true,
      rollupOptions: { input: { preload: resolve(__dirname, 'src-main/electron/preload.ts') } },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src-renderer'),
    plugins: [cspPlugin(), react()],
    build: {
      rollupOptions: { input: { index: resolve(__dirname, 'src-renderer/index.html') } },
    },
  },
})
