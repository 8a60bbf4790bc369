import { expect, test } from './fixtures'
import { dragSelect } from './select'

test.use({ demo: true })

test('links a note to the claim it speaks to; the link is kept and exported', async ({ page }) => {
  const grid = page.getByRole('grid', { name: 'Articles' })
  await grid.getByRole('row', { name: /Chemical tanker Aurora Vale runs aground.*Harbour Wire/ }).click()
  const reader = page.getByRole('region', { name: 'Reader' })
  await dragSelect(page, 'about 1,200 tonnes of oil and chemical cargo have escaped')
  await reader.getByRole('toolbar', { name: 'Selected text' }).getByRole('button', { name: 'Highlight' }).click()

  const panel = reader.getByRole('complementary', { name: 'Annotations' })
  const links = panel.getByRole('group', { name: 'Linked claims' })
  // The claim that holds the highlighted words is offered first.
  const claim = links.getByRole('checkbox', { name: /1,200 tonnes.*in this passage/ })
  await expect(claim).toBeVisible()
  await claim.check()
  await panel.getByRole('textbox', { name: /Note/ }).fill('The harbour figure; others say less.')
  await page.screenshot({ path: 'test-results/note-claims.png' })
  await panel.getByRole('button', { name: 'Save note' }).click()
  const card = panel.getByRole('listitem', { name: /1,200 tonnes/ })
  await expect(card).toContainText('Linked to a claim')

  // Reopened for editing, the link is still ticked; the JSON export carries it.
  await card.getByRole('button', { name: 'Edit note' }).click()
  await expect(panel.getByRole('group', { name: 'Linked claims' }).getByRole('checkbox', { name: /1,200 tonnes/ })).toBeChecked()
  await panel.getByRole('button', { name: 'Cancel' }).click()
  await page.getByRole('button', { name: /Notes/ }).first().click()
  await page.getByRole('button', { name: 'Export…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Export notes' })
  await dialog.getByRole('combobox', { name: 'Format' }).selectOption('md')
  await expect(dialog.getByLabel('Export preview')).toContainText(/Claims: #\d+/)
})
