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

/** Where the dev server serves the add-in: manifest.xml names it everywhere. */
const DEV_ORIGIN = 'https://localhost:3000';

/**
 * manifest.xml for the add-in hosted at `url` (https, with or without a path): every localhost
 * URL pointed there, the AppDomain set to its origin. Throws on anything but an https URL.
 */
function productionManifest(xml, url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    parsed = undefined;
  }
  if (!parsed || parsed.protocol !== 'https:' || parsed.search || parsed.hash) {
    throw new Error(`ADDIN_URL must be an https address such as https://cntt.example.gov.vn/addin (got "${url}"): Office loads add-ins over https only.`);
  }
  const base = parsed.href.replace(/\/+$/, '');
  return xml
    .replace(`<AppDomain>${DEV_ORIGIN}</AppDomain>`, `<AppDomain>${parsed.origin}</AppDomain>`)
    .split(DEV_ORIGIN)
    .join(base);
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

module.exports = { functionsMetadata, productionManifest, RewriteAssetPlugin, DEV_ORIGIN };
