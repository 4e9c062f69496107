/** Types of scripts/build-plugins.js, for the tests that import it. */
export function functionsMetadata(json: string): string;
export class RewriteAssetPlugin {
  constructor(name: string, transform: (text: string) => string);
}
export function productionManifest(xml: string, url: string): string;
export const DEV_ORIGIN: string;
