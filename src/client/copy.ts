// Copies a text field's value (a share link, an embed code). The field is selected first, so
// that where the clipboard is refused the reader can still copy it by hand.
export async function copyField(field: HTMLInputElement | HTMLTextAreaElement): Promise<void> {
  field.select();
  try {
    await navigator.clipboard.writeText(field.value);
  } catch {
    document.execCommand?.('copy');
  }
}
