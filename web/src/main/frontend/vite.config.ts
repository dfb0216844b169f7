import { defineConfig } from 'vitest/config'
import vue from '@vitejs/plugin-vue'

// The build goes to dist/, which the Maven build copies into the WAR's root. One CSS file and
// external scripts only: the portal's Content-Security-Policy allows nothing inline.
export default defineConfig({
  plugins: [vue()],
  base: '/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    cssCodeSplit: false,
    chunkSizeWarningLimit: 4000,
    reportCompressedSize: false,
  },
  server: { proxy: { '/api': 'http://localhost:8080' } },
  test: { environment: 'node', include: ['src/**/*.test.ts'] },
})
