// What a user does, shared by the specs: create a review through the dialog (optionally typing into
// it until it is saved), and paste a clipboard into the editor as a browser does.
import { expect, type Page } from '@playwright/test';

/** Creates a review through the new-review dialog and opens it; returns its id. With `text`, clicks into
 *  the editor, types it and waits for the autosave. */
export async function createReview(page: Page, title: string, options: { year?: string; text?: string } = {}): Promise<string> {
  await page.getByTestId('new-review').click();
  const dialog = page.getByTestId('new-review-dialog');
  await expect(dialog).toBeVisible();
  await chooseBlankPage(page);
  await dialog.getByTestId('new-review-title').fill(title);
  if (options.year) await dialog.getByTestId('new-review-year').fill(options.year);
  await dialog.getByTestId('new-review-create').click();
  await expect(page.getByTestId('editor')).toBeVisible();
  if (options.text !== undefined) {
    await page.getByTestId('editor').click();
    await page.keyboard.type(options.text);
    await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
  }
  const id = await page.getByTestId('editor-screen').getAttribute('data-review-id');
  if (!id) throw new Error('e2e: the editor screen names no review');
  return id;
}

/** drafting (issue 10): the dialog proposes a template; these specs want the blank page of before. */
export async function chooseBlankPage(page: Page): Promise<void> {
  await page.getByTestId('new-review-dialog').getByTestId('new-review-template').selectOption('');
}

/** Pastes a clipboard with the given types (text/html, text/plain, …) into the editor. */
export async function paste(page: Page, types: Record<string, string>): Promise<void> {
  await page.evaluate((entries) => {
    const data = new DataTransfer();
    for (const [type, value] of Object.entries(entries)) data.setData(type, value);
    const target = document.querySelector('[data-testid="editor"]')!;
    target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, types);
}
