import { resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Plugin } from 'vite'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'

/** What a user's first screen may cost to load, gzipped: the entry chunk and what it imports statically. */
const initialBudgetBytes = 400 * 1024

/** Fails the build when the renderer's initial JavaScript grows past the budget (issue: fast at national scale). */
function initialChunkBudget(): Plugin {
  return {
    name: 'region-desk-initial-chunk-budget',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((item) => item.type === 'chunk')
      const entry = chunks.find((chunk) => chunk.isEntry)
      if (!entry) return
      const initial = new Set([entry.fileName, ...entry.imports])
      const bytes = chunks
        .filter((chunk) => initial.has(chunk.fileName))
        .reduce((total, chunk) => total + gzipSync(chunk.code).length, 0)
      const summary = `initial renderer JS ${(bytes / 1024).toFixed(1)} KiB gzipped (budget ${initialBudgetBytes / 1024} KiB)`
      if (bytes > initialBudgetBytes) this.error(`${summary}: split a page out with React.lazy, or trim a dependency`)
      this.info(summary)
    },
  }
}

export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'main/electron/index.ts'),
          // Browser mode and the demo loader run under plain Node from the same build.
          serve: resolve(__dirname, 'main/server/serve.ts'),
          demo: resolve(__dirname, 'main/tools/demo.ts'),
        },
      },
    },
  },
  preload: {
    build: { rollupOptions: { input: { index: resolve(__dirname, 'main/electron/preload.ts') } } },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    plugins: [react(), initialChunkBudget()],
    build: {
      minify: true,
      rollupOptions: { input: resolve(__dirname, 'renderer/index.html') },
    },
  },
})
