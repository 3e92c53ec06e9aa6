import 'vue-router'
import type { ReferencePart } from '@/stores/reference'

export {}

declare module 'vue-router' {
  interface RouteMeta {
    /** Only for signed-in agents (default true). */
    requiresAuth?: boolean
    /** i18n key of the page title. */
    title?: string
    /**
     * Reference data whose failed load the page shows itself, where it matters (with a retry):
     * the console-wide notice leaves those parts out there.
     */
    showsReferenceFailures?: readonly ReferencePart[]
    /** The screen shows only the shell's and its own texts (the dashboard, the monitor): the working screens' messages need not come first. */
    shellMessagesOnly?: boolean
  }
}
