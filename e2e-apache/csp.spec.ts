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

test('an article frame may show remote images once the agent allows them', async ({ page, cspViolations }) => {
  await page.goto('login')
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible()
  // Shaped like the console's article view: a sandboxed srcdoc frame with its own policy. Such a
  // frame inherits the server's policy too, so that one must not block what the agent let through.
  await page.evaluate(() => {
    const frame = document.createElement('iframe')
    frame.setAttribute('sandbox', '')
    frame.srcdoc =
      '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; img-src data: blob: https:">' +
      '<img src="https://images.example.invalid/logo.png">'
    document.body.append(frame)
  })
  await expect(page.locator('iframe')).toHaveCount(1)
  // The image itself cannot load (no such host); only a policy refusal would be reported.
  await page.waitForTimeout(500)
  expect(cspViolations).toEqual([])
})
