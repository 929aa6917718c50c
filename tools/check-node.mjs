/**
 * `preinstall` of `npm ci`: refuses a Node older than 20 before it half-installs the project.
 *
 * The check is on the Node that runs npm, not on the `node` found on PATH: npm puts
 * node_modules/.bin first, where the `node` devDependency (Node 24) may already sit, so `process.version`
 * here can be 24 while npm itself runs on Debian's Node 18. npm names its own Node in its user agent
 * (`npm/10.9.2 node/v18.20.8 linux x64 …`). On Node 18, npm quietly skips the native bindings of
 * dependencies that need 20, and every build then fails far from the cause, with "Cannot find native
 * binding". Kept to syntax every Node since 12 parses, so the message is what an old Node prints.
 */
const minimumMajor = 20;

const agent = process.env.npm_config_user_agent || '';
const match = /\bnode\/v?(\d+)\.(\d+)\.(\d+)/.exec(agent);
const version = match ? `${match[1]}.${match[2]}.${match[3]}` : process.versions.node;
const major = Number(version.split('.')[0]);

if (!(major >= minimumMajor)) {
  console.error(
    [
      '',
      `Minutebook needs Node.js ${minimumMajor} or newer to install; npm is running on Node.js ${version}.`,
      "Install Node.js 20 or newer (https://nodejs.org/, or your distribution's backports), then run `npm ci`",
      'again. The build and tests then use the Node 24 that `npm ci` puts into node_modules/.bin.',
      '',
    ].join('\n'),
  );
  process.exit(1);
}
