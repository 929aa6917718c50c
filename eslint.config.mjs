// @ts-check
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: [
      'dist/',
      '.astro/',
      '.work/',
      'node_modules/',
      'bench/.work/',
      'bench/baseline/.astro/',
      'bench/baseline/dist/',
      'screenshots/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  astro.configs.recommended,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
        extraFileExtensions: ['.astro'],
      },
    },
    rules: {
      // Template literals with numbers are how reports and URLs are written here.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // Non-null assertions mark lookups the surrounding code has just guaranteed (indexes built in the same pass).
      '@typescript-eslint/no-non-null-assertion': 'off',
      // A rest spread is how a copy leaves one field out (`{ text, ...rest }`).
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  {
    files: ['**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
  {
    // The baseline is a separate Astro project whose `astro:content` types exist only after its own
    // sync (the bench runs it); lint it for syntax, not types.
    files: ['bench/baseline/**'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    files: ['**/*.astro', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
