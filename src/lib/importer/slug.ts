/**
 * Slug for file names: lowercase ASCII, diacritics stripped, every run of other characters one `-`.
 * File names must stay stable across runs and machines, so this avoids locale-dependent casing.
 */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
