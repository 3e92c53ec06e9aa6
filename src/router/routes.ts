import type { RouteRecordRaw } from 'vue-router'

export const routes: RouteRecordRaw[] = [
  {
    path: '/login',
    name: 'login',
    component: () => import('@/views/auth/LoginView.vue'),
    meta: { requiresAuth: false, title: 'login.title' },
  },
  {
    path: '/',
    component: () => import('@/views/layout/AppLayout.vue'),
    children: [
      { path: '', redirect: { name: 'dashboard' } },
      {
        path: 'dashboard',
        name: 'dashboard',
        component: () => import('@/views/dashboard/DashboardView.vue'),
        meta: { title: 'dashboard.title', showsReferenceFailures: ['views'], shellMessagesOnly: true },
      },
      {
        path: 'monitor',
        name: 'monitor',
        component: () => import('@/views/dashboard/MonitorView.vue'),
        meta: { title: 'dashboard.monitor.title', showsReferenceFailures: ['views', 'queues', 'agents', 'permissions'], shellMessagesOnly: true },
      },
      {
        path: 'tickets',
        name: 'tickets',
        component: () => import('@/views/tickets/TicketListView.vue'),
        meta: { title: 'tickets.title' },
      },
      {
        path: 'tickets/new',
        name: 'new-ticket',
        component: () => import('@/views/new-ticket/NewTicketView.vue'),
        meta: {
          title: 'newTicket.title',
          showsReferenceFailures: ['views', 'queues', 'createQueues', 'moveQueues', 'agents', 'services', 'dynamicFields', 'permissions'],
        },
      },
      {
        path: 'tickets/:ticketId(\\d+)',
        name: 'ticket',
        component: () => import('@/views/tickets/TicketView.vue'),
        props: (route) => ({ ticketId: Number(route.params.ticketId) }),
        meta: { title: 'ticket.title' },
      },
      {
        path: 'customers',
        name: 'customers',
        component: () => import('@/views/customers/CustomerSearchView.vue'),
        meta: { title: 'customers.title' },
      },
      {
        path: 'customers/:login',
        name: 'customer',
        component: () => import('@/views/customers/CustomerView.vue'),
        props: (route) => ({ login: String(route.params.login) }),
        meta: { title: 'customers.title' },
      },
      {
        path: 'preferences',
        name: 'preferences',
        component: () => import('@/views/preferences/PreferencesView.vue'),
        meta: { title: 'preferences.title' },
      },
      {
        path: 'about',
        name: 'about',
        component: () => import('@/views/about/AboutView.vue'),
        meta: { title: 'about.title' },
      },
    ],
  },
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: () => import('@/views/layout/NotFoundView.vue'),
    meta: { requiresAuth: false, title: 'notFound.title' },
  },
]
