// The prebuilt command line's files in dist/, named once for bin/stackvend-cfn.cjs and scripts/build-cli.ts.
exports.CLI_BUNDLE = "stackvend-cfn.cjs";
/** V8's compiled code for CLI_BUNDLE, written by its first run; used only while newer than the bundle. */
exports.CLI_CODE_CACHE = "stackvend-cfn.cjs.cache";
