// A chunk of its own: see lazyNaiveUi.ts.
export { dateRuRU, ruRU } from 'naive-ui'
