/**
 * The MDX components minutes may use. Minutebook renders them itself (see render.ts), so adding one
 * means adding its rendering there too.
 * - `<Action owner="Name">text</Action>`: an explicit action item.
 * - `<Decision>text</Decision>`: an explicit decision.
 */
export const allowedComponentNames = ['Action', 'Decision'] as const;
export type ComponentName = (typeof allowedComponentNames)[number];

export function isAllowedComponent(name: string | null | undefined): name is ComponentName {
  return (allowedComponentNames as readonly string[]).includes(name ?? '');
}

/** The attributes each component takes, all written as plain strings (`owner="Name"`). */
export const componentAttributes: Record<ComponentName, readonly string[]> = {
  Action: ['owner'],
  Decision: [],
};
