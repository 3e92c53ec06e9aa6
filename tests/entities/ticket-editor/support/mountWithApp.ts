import { mount, type ComponentMountingOptions } from '@vue/test-utils'
import type { Pinia } from 'pinia'
import { defineComponent, h, type Component } from 'vue'
import { NConfigProvider, NDialogProvider, NMessageProvider } from 'naive-ui'
import { type SupportedLocale } from '@/i18n'
import { createTestI18n } from '../../../support/i18n'

/**
 * Mounts a component inside the providers the app gives it (i18n, pinia, naive-ui dialog and
 * message providers), so dialogs and messages render like in the app.
 */
export function mountWithApp<C extends Component>(
  component: C,
  options: { pinia: Pinia; props?: Record<string, unknown>; locale?: SupportedLocale; attachTo?: HTMLElement } & Pick<
    ComponentMountingOptions<C>,
    'slots'
  >,
) {
  const i18n = createTestI18n(options.locale ?? 'en')
  const Host = defineComponent({
    setup() {
      return () =>
        h(NConfigProvider, null, () =>
          h(NDialogProvider, null, () => h(NMessageProvider, null, () => h(component as Component, options.props ?? {}))),
        )
    },
  })
  return mount(Host, { global: { plugins: [options.pinia, i18n] }, attachTo: options.attachTo ?? document.body })
}
