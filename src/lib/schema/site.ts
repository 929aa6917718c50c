import { z } from 'zod';

/** What a content folder without `site.yaml` (or with a broken field) builds with. */
export const DEFAULT_SITE_SETTINGS: { readonly title: string; readonly description: string } = {
  title: 'Meeting minutes',
  description: 'A searchable, cross-linked archive of meeting minutes.',
};

/** `site.yaml`: settings that belong to a content folder. */
export const siteSchema = z.strictObject({
  /** The site's title, on every page and in the feed. */
  title: z.string().trim().min(1, 'title must not be empty').default(DEFAULT_SITE_SETTINGS.title),
  /** One sentence about the archive, for the home page and search engines. */
  description: z.string().trim().default(DEFAULT_SITE_SETTINGS.description),
  /**
   * Repository that `PR #123` and `issue #45` refer to, e.g. `https://github.com/coconut-svsm/svsm`;
   * linked in the URL shapes of its host (src/lib/forges.ts).
   */
  repository: z
    .url({
      protocol: /^https?$/u,
      error: 'repository must be an http(s) URL such as https://github.com/owner/repo',
    })
    .optional(),
});
