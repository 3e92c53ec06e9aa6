/// <reference types="vitest/config" />
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { fileURLToPath, URL } from 'node:url'
import { defineConfig, type Plugin, type ProxyOptions } from 'vite'
import vue from '@vitejs/plugin-vue'
import VueI18nPlugin from '@intlify/unplugin-vue-i18n/vite'
import { rs4otrsSimulator } from './simulator/vite-plugin.ts'

/**
 * With OTRS_URL set, the dev server forwards the API to that host (same origin for the browser:
 * the real server sends no CORS headers). Without it the built-in simulator answers in-process.
 */
const otrsUrl = process.env.OTRS_URL?.replace(/\/+$/, '')

function proxyToRealOtrs(target: string): Record<string, ProxyOptions> {
  const options: ProxyOptions = { target, changeOrigin: true, secure: process.env.OTRS_INSECURE_TLS !== '1' }
  return { '/otrs/api': options, '/otrs/json.pl': options }
}

/**
 * `vite preview` does for the built index.html what deploy/apache does: points its
 * `<base href="./">` at the root, so reloading a deep link (/tickets/42) still finds ./assets.
 */
function previewBaseHref(): Plugin {
  return {
    name: 'otrs-console:preview-base-href',
    configurePreviewServer(server) {
      const indexHtml = resolve(server.config.root, server.config.build.outDir, 'index.html')
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '/').split('?')[0]
        const isPage = path === '/index.html' || !/\.[a-z0-9]+$/i.test(path)
        if (req.method !== 'GET' || !req.headers.accept?.includes('text/html') || !isPage) return next()
        readFile(indexHtml, 'utf8').then(
          (html) => {
            res.setHeader('Content-Type', 'text/html; charset=utf-8')
            res.setHeader('Cache-Control', 'no-cache')
            res.end(html.replace('<base href="./"', '<base href="/"'))
          },
          (error: unknown) => next(error),
        )
      })
    },
  }
}

/**
 * Messages are compiled at build time and the app ships vue-i18n's runtime without the message
 * compiler (see `npm run bench`). Unit tests read the message files as written, so vitest skips it.
 */
function precompiledMessages(): Plugin[] {
  if (process.env.VITEST) return []
  return [
    VueI18nPlugin({
      include: [fileURLToPath(new URL('./src/i18n/locales/**', import.meta.url))],
      runtimeOnly: true,
      compositionOnly: true,
      fullInstall: false,
      strictMessage: true,
      dropMessageCompiler: true,
    }),
  ].flat()
}

export default defineConfig({
  base: './',
  plugins: [vue(), ...precompiledMessages(), ...(otrsUrl ? [] : [rs4otrsSimulator()]), previewBaseHref()],
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
    __VUE_I18N_FULL_INSTALL__: false,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
    // Unit tests read the message files as written (see precompiledMessages): they need the compiler.
    __INTLIFY_DROP_MESSAGE_COMPILER__: !process.env.VITEST,
  },
  test: {
    include: ['tests/**/*.spec.ts'],
    environment: 'jsdom',
    setupFiles: ['tests/setup.ts'],
    testTimeout: 15000,
    pool: 'forks',
  },
})
