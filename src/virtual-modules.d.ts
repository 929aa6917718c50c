declare module 'virtual:minutebook/settings' {
  /** The build's settings, resolved by the `minutebook()` integration (src/integrations/minutebook.ts). */
  const settings: import('./lib/build-settings.ts').BuildSettings;
  export default settings;
}
