import { expect, test } from './support/fixtures'

test('the policy refuses inline and eval’d scripts, and the watch sees it', async ({ page, cspViolations }) => {
  await page.goto('login')
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible()

  await page.evaluate(() => {
    const inline = document.createElement('script')
    inline.textContent = 'document.documentElement.dataset.inlineRan = "yes"'
    document.body.append(inline)
    // A string timer is eval; it runs later as the page itself (DevTools' own evaluate may eval).
    setTimeout('document.documentElement.dataset.evalRan = "yes"', 0)
  })
  await expect
    .poll(() => cspViolations.map((violation) => violation.directive))
    .toEqual(expect.arrayContaining(['script-src-elem', 'script-src']))
  const ran = await page.evaluate(() => {
    const { inlineRan, evalRan } = document.documentElement.dataset
    return { inlineRan: inlineRan ?? 'no', evalRan: evalRan ?? 'no' }
  })
  expect(ran).toEqual({ inlineRan: 'no', evalRan: 'no' })
  // These two were provoked on purpose; every other test ends expecting no violation at all.
  cspViolations.length = 0
})
