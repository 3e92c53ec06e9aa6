// Lint holds the layer line of CONVENTIONS.md: views → entities → stores → api → utils,
// and keeps src/ and the simulator apart.
import pluginVue from 'eslint-plugin-vue'
import { defineConfigWithVueTs, vueTsConfigs } from '@vue/eslint-config-typescript'

const restrict = (patterns) => ({
  '@typescript-eslint/no-restricted-imports': ['error', { patterns: patterns.map((p) => ({ ...p, allowTypeImports: p.allowTypeImports ?? false })) }],
})

const noSimulator = { group: ['**/simulator/**', '**/simulator'], message: 'src/ never imports the simulator; the dev server mounts it.' }
const noApp = { group: ['@/app/**', '@/app'], message: 'Nothing imports src/app.' }
const noViews = { group: ['@/views/**'], message: 'Only the router imports views.' }
const uiLibraries = ['vue', 'pinia', 'vue-router', 'naive-ui', 'vue-i18n', '@vueuse/*']

export default defineConfigWithVueTs(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'coverage/**', 'bench/.dist*/**'] },
  pluginVue.configs['flat/recommended'],
  vueTsConfigs.recommended,
  {
    rules: {
      'vue/multi-word-component-names': 'off',
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
      'vue/no-v-html': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['src/**/*.{ts,vue}'],
    rules: restrict([noSimulator, noApp]),
  },
  {
    files: ['src/api/**/*.ts'],
    rules: restrict([
      noSimulator,
      { group: [...uiLibraries], message: 'The API layer imports no Vue, store, router or UI library.' },
      { group: ['@/stores/**', '@/views/**', '@/entities/**', '@/components/**', '@/composables/**', '@/router/**', '@/i18n/**', '@/app/**'], message: 'The API layer depends on utils only.' },
    ]),
  },
  {
    files: ['src/utils/**/*.ts'],
    rules: restrict([
      noSimulator,
      { group: [...uiLibraries, '@/**'], message: 'utils/ is pure TypeScript.' },
    ]),
  },
  {
    files: ['src/stores/**/*.ts'],
    rules: restrict([
      noSimulator,
      noApp,
      { group: ['@/views/**', '@/entities/**', '@/components/**', '@/router/**'], message: 'Stores sit below views, entities and the router.' },
    ]),
  },
  {
    files: ['src/entities/**/*.{ts,vue}'],
    rules: restrict([noSimulator, noApp, noViews]),
  },
  {
    files: ['src/components/**/*.{ts,vue}', 'src/composables/**/*.ts'],
    rules: restrict([
      noSimulator,
      noApp,
      noViews,
      { group: ['@/api/**', '@/stores/**', '@/entities/**'], allowTypeImports: true, message: 'Generic pieces know nothing of the API.' },
    ]),
  },
  {
    files: ['src/views/**/*.{ts,vue}'],
    rules: restrict([
      noSimulator,
      noApp,
      { group: ['@/api/**', '@/api'], allowTypeImports: true, message: 'Views reach the API through stores and entities.' },
    ]),
  },
  {
    files: ['simulator/**/*.ts'],
    rules: restrict([{ group: ['../src/**', '@/**'], allowTypeImports: true, message: 'The simulator imports nothing from src/ except types.' }]),
  },
  {
    files: ['scripts/**/*.mjs', '*.config.{js,ts}'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
    rules: { 'no-console': 'off' },
  },
)
