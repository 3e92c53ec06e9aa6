/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url'
import { defineConfig, type ProxyOptions } from 'vite'
import vue from '@vitejs/plugin-vue'
import { rs4otrsSimulator } from './simulator/vite-plugin'

/**
 * With OTRS_URL set, the dev server forwards the API to that host (same origin for the browser:
 * the real server sends no CORS headers). Without it the built-in simulator answers in-process.
 */
const otrsUrl = process.env.OTRS_URL?.replace(/\/+$/, '')

function proxyToRealOtrs(target: string): Record<string, ProxyOptions> {
  const options: ProxyOptions = { target, changeOrigin: true, secure: process.env.OTRS_INSECURE_TLS !== '1' }
  return { '/otrs/api': options, '/otrs/json.pl': options }
}

export default defineConfig({
  base: './',
  plugins: [vue(), ...(otrsUrl ? [] : [rs4otrsSimulator()])],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  // Pre-bundle every dependency up front: a dependency discovered on first page load would make
  // Vite re-optimise and reload the page mid-test.
  optimizeDeps: {
    include: ['vue', 'vue-router', 'pinia', 'vue-i18n', 'naive-ui', '@vueuse/core', 'ofetch', 'dompurify'],
  },
  server: {
    host: '127.0.0.1',
    warmup: { clientFiles: ['./src/app/main.ts', './src/views/**/*.vue'] },
    port: Number(process.env.PORT ?? 5173),
    strictPort: true,
    proxy: otrsUrl ? proxyToRealOtrs(otrsUrl) : undefined,
  },
  preview: {
    host: '127.0.0.1',
    port: Number(process.env.PORT ?? 4173),
    strictPort: true,
  },
  define: {
    __APP_VERSION__: JSON.stringify(process.env.npm_package_version ?? '0.0.0'),
    __VUE_I18N_FULL_INSTALL__: true,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
  },
  test: {
    include: ['tests/**/*.spec.ts'],
    environment: 'jsdom',
    setupFiles: ['tests/setup.ts'],
    testTimeout: 15000,
    pool: 'forks',
  },
})
