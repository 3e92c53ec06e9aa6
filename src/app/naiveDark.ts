// A chunk of its own: see lazyNaiveUi.ts.
export { darkTheme } from 'naive-ui'
