import type { BudgetCheck } from './budgets'

export interface Figure {
  key: string
  label: string
  value: number | null
  unit: string
}

function show(value: number | null, unit: string): string {
  if (value === null) return '—'
  const digits = Math.abs(value) >= 100 || Number.isInteger(value) ? 0 : 1
  return `${value.toFixed(digits)} ${unit}`.trim()
}

function pad(cells: string[], widths: number[]): string {
  return cells.map((cell, index) => (index === 0 ? cell.padEnd(widths[index]) : cell.padStart(widths[index]))).join('  ')
}

/** The figures as a plain-text table, each with its budget and verdict when it has one. */
export function formatTable(figures: readonly Figure[], checks: readonly BudgetCheck[]): string {
  const byMetric = new Map(checks.map((check) => [check.metric, check]))
  const rows = figures.map((figure) => {
    const check = byMetric.get(figure.key)
    return [figure.label, show(figure.value, figure.unit), check ? `≤ ${show(check.max, check.unit)}` : '', check ? (check.ok ? 'ok' : 'OVER') : '']
  })
  for (const check of checks) {
    if (!figures.some((figure) => figure.key === check.metric)) rows.push([check.metric, '—', `≤ ${show(check.max, check.unit)}`, 'MISSING'])
  }
  const header = ['figure', 'value', 'budget', '']
  const widths = header.map((cell, index) => Math.max(cell.length, ...rows.map((row) => row[index].length)))
  const line = widths.map((width) => '-'.repeat(width)).join('  ')
  return [pad(header, widths), line, ...rows.map((row) => pad(row, widths))].join('\n')
}
