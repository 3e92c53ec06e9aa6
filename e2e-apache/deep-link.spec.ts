import { expect, origin, signIn, test, watchNetwork } from './support/fixtures'

// The harness gives the /helpdesk/ copy of the build a config.json with its own title.
for (const [base, title] of [
  ['/otrs-console/', 'OTRS Console'],
  ['/helpdesk/', 'Helpdesk'],
] as const) {
  test(`a deep link under ${base} signs in, lands on its page and survives a reload`, async ({ page }) => {
    const network = watchNetwork(page)
    const escaped = base.replaceAll('/', '\\/')

    await page.goto(`${origin}${base}tickets?view=-3`)
    await expect(page).toHaveURL(new RegExp(`${escaped}login\\?redirect=`))
    await expect(page.getByText(title, { exact: true })).toBeVisible()
    await signIn(page)
    await expect(page).toHaveURL(new RegExp(`${escaped}tickets\\?view=-3$`))

    const firstRow = page.locator('.ticket-row').first()
    const ticketNumber = (await firstRow.locator('.ticket-link').textContent())?.trim() ?? ''
    await firstRow.locator('.ticket-link').click()
    await expect(page).toHaveURL(new RegExp(`${escaped}tickets/\\d+$`))
    await expect(page.getByText(`Ticket #${ticketNumber}`)).toBeVisible()

    // A reload asks Apache for /<base>/tickets/<id>, which is no file: the fallback must answer
    // with index.html whose assets still resolve from the base path.
    await page.reload()
    await expect(page.getByText(`Ticket #${ticketNumber}`)).toBeVisible()
    await expect(page.locator('[data-testid^="article-"]').first()).toBeVisible()

    expect(network.failures).toEqual([])
  })
}

test('an unknown deep path shows the app’s own not-found page', async ({ page }) => {
  const network = watchNetwork(page)
  await page.goto('no/such/page/here')
  await expect(page.getByText('Page not found')).toBeVisible()
  expect(network.failures).toEqual([])
})
