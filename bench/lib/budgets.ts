/**
 * Budgets are upper limits on named figures of a bench run. A figure that the run could not
 * measure fails its budget: a bench that silently skips a measurement would always pass.
 */
export interface Budget {
  /** Key of the figure in the results, e.g. `bytes.loginInitialJsGzipKB`. */
  metric: string
  max: number
  unit: string
  /** Why this limit, in a few words (shown when it fails). */
  note?: string
}

export interface BudgetFile {
  budgets: Budget[]
}

export interface BudgetCheck extends Budget {
  value: number | null
  ok: boolean
}

export type Figures = Readonly<Record<string, number | null | undefined>>

export function checkBudgets(figures: Figures, budgets: readonly Budget[]): BudgetCheck[] {
  return budgets.map((budget) => {
    const raw = figures[budget.metric]
    const value = typeof raw === 'number' && Number.isFinite(raw) ? raw : null
    return { ...budget, value, ok: value !== null && value <= budget.max }
  })
}

export function allWithinBudget(checks: readonly BudgetCheck[]): boolean {
  return checks.every((check) => check.ok)
}

/** Reads `budgets.json`, refusing anything that is not a list of well-formed budgets. */
export function parseBudgetFile(text: string): BudgetFile {
  const parsed: unknown = JSON.parse(text)
  const list = (parsed as { budgets?: unknown })?.budgets
  if (!Array.isArray(list)) throw new Error('budgets.json: expected {"budgets": [...]}')
  const budgets = list.map((entry: unknown, index): Budget => {
    const candidate = entry as Partial<Budget>
    if (typeof candidate?.metric !== 'string' || typeof candidate.max !== 'number' || typeof candidate.unit !== 'string') {
      throw new Error(`budgets.json: entry ${index} needs metric (string), max (number) and unit (string)`)
    }
    return { metric: candidate.metric, max: candidate.max, unit: candidate.unit, note: typeof candidate.note === 'string' ? candidate.note : undefined }
  })
  const seen = new Set<string>()
  for (const budget of budgets) {
    if (seen.has(budget.metric)) throw new Error(`budgets.json: ${budget.metric} has two budgets`)
    seen.add(budget.metric)
  }
  return { budgets }
}
