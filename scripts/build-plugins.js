/**
 * The add-in build's own webpack plugins (see webpack.config.js).
 */

/**
 * functions.json as Excel should read it. custom-functions-metadata always writes
 * `allowCustomDataForDataTypeAny: true`, with which a cell holding a data type (a linked
 * entity, a formatted number) reaches the functions as an object; turned off, Excel passes its
 * plain value.
 */
function functionsMetadata(json) {
  const metadata = JSON.parse(json);
  metadata.allowCustomDataForDataTypeAny = false;
  return JSON.stringify(metadata, null, 4);
}

/** Rewrites the emitted asset `name` with `transform(text)`, after the other plugins added it. */
class RewriteAssetPlugin {
  constructor(name, transform) {
    this.name = name;
    this.transform = transform;
  }

  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('RewriteAssetPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'RewriteAssetPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE }, () => {
        const asset = compilation.getAsset(this.name);
        if (!asset) return;
        compilation.updateAsset(this.name, new sources.RawSource(this.transform(asset.source.source().toString())));
      });
    });
  }
}

module.exports = { functionsMetadata, RewriteAssetPlugin };
