// Stops with one line when the Node.js running the project is older than the project needs.
// Runs before every npm script, on whatever `node` npm put first on the PATH.
const REQUIRED = 24;
const major = Number(process.versions.node.split('.')[0]);
if (major < REQUIRED) {
  console.error(
    `This project needs Node.js ${REQUIRED} or newer but is running on ${process.version}. ` +
      "Run `npm ci` (without --ignore-scripts) so npm uses the project's own Node, or switch with `nvm use`.",
  );
  process.exit(1);
}
