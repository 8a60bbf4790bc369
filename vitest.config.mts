import { defineConfig } from 'vitest/config'

// unit: the core in plain Node, straight from the TypeScript sources.
// integration: the built programs (CLI, browser host, parser workers) as users run them;
// they need `npm run build` first, which `npm test` does.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
})
