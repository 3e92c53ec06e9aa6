/**
 * Work that waits until the first screen is complete: code and texts for what the agent opens
 * next (the working screens' messages, the failure notices). The first screen stays small and
 * they are there long before they are needed.
 */
const waiting: Array<() => void> = []
let settled = false

export function afterFirstScreen(task: () => void): void {
  if (settled) task()
  else waiting.push(task)
}

/** The dashboard calls this once its figures are on screen; the shell after a few seconds on any other screen. */
export function firstScreenSettled(): void {
  if (settled) return
  settled = true
  for (const task of waiting.splice(0)) task()
}
