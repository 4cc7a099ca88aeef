/** Strips the `input.` prefix some services put on field paths. */
export function fieldOf(field: string | null | undefined): string | null {
  return field ? field.replace(/^input\./, '') : null;
}
