// The Chromium app saves exports through the page's save picker (File System Access). These answer it
// with a file in the origin's private file system and read that file back, for the specs that export.
import type { Page } from '@playwright/test';

/** The page's save picker answers with a file of the suggested name in the origin's private file system. */
export async function answerSavePicker(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { showSaveFilePicker: unknown }).showSaveFilePicker = async ({ suggestedName }: { suggestedName: string }) => {
      const root = await navigator.storage.getDirectory();
      return root.getFileHandle(suggestedName, { create: true });
    };
  });
}

/** The bytes the app wrote through the save picker under `name`. */
export async function savedByPicker(page: Page, name: string): Promise<Buffer> {
  const base64 = await page.evaluate(async (file) => {
    const root = await navigator.storage.getDirectory();
    const bytes = new Uint8Array(await (await (await root.getFileHandle(file)).getFile()).arrayBuffer());
    let binary = '';
    for (const byte of bytes) binary += String.fromCharCode(byte);
    return btoa(binary);
  }, name);
  return Buffer.from(base64, 'base64');
}
