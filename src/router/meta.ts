import 'vue-router'

export {}

declare module 'vue-router' {
  interface RouteMeta {
    /** Only for signed-in agents (default true). */
    requiresAuth?: boolean
    /** i18n key of the page title. */
    title?: string
  }
}
