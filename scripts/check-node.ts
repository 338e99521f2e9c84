// The project pins Node 24 as an npm package; fail fast if a script ran on the system Node instead.
const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
  console.error(`Timantti needs Node 24 (the pinned "node" package); this is ${process.version}.`);
  process.exit(1);
}
