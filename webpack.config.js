/**
 * The add-in's build: the task pane and the custom functions, one shared runtime.
 * `npm run build` writes dist/ (taskpane.html, taskpane.js, functions.js, functions.json,
 * assets, manifest.xml); `npm run dev-server` serves it on https://localhost:3000.
 * `npm run build -- --env ADDIN_URL=https://host/path` writes dist/manifest.xml for the add-in
 * hosted there (README: Deploying).
 */
const path = require('path');
const fs = require('fs');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const { functionsMetadata, productionManifest, RewriteAssetPlugin } = require('./scripts/build-plugins');
const { devServerPort, httpsOptions } = require('./scripts/dev-server');

const zlib = require('zlib');

const PORT = devServerPort();

/** Budgets in KB, gzipped: what Excel downloads before the pane or the functions can run. */
const BUNDLE_BUDGETS_KB = { 'functions.js': 50, 'taskpane.js': 250 };

/** Prints every script's size, raw and gzipped, against its budget. */
class BundleSizePlugin {
  apply(compiler) {
    compiler.hooks.afterEmit.tap('BundleSizePlugin', (compilation) => {
      const lines = [];
      for (const name of Object.keys(compilation.assets)) {
        if (!name.endsWith('.js')) continue;
        const source = fs.readFileSync(path.join(compiler.outputPath, name));
        const gzip = zlib.gzipSync(source, { level: 9 }).length / 1024;
        const budget = BUNDLE_BUDGETS_KB[name];
        const verdict = budget === undefined ? 'loaded on demand' : gzip <= budget ? `within ${budget} KB` : `OVER ${budget} KB`;
        lines.push(`  ${name.padEnd(28)} ${(source.length / 1024).toFixed(1).padStart(8)} KB  ${gzip.toFixed(1).padStart(7)} KB gzip  ${verdict}`);
      }
      console.log(`bundle sizes:\n${lines.sort().join('\n')}`);
    });
  }
}

module.exports = async (env, argv) => {
  const dev = argv.mode !== 'production';
  const serving = process.argv.includes('serve');
  return {
    devtool: dev ? 'source-map' : false,
    entry: {
      taskpane: './src/taskpane/taskpane.ts',
      functions: './src/functions/functions.ts',
      // The pane's .xlsx reader (ExcelJS and the read limits), started as a Web Worker on the first import.
      'xlsx-worker': './src/taskpane/xlsx-worker.ts',
    },
    // The command line builds into dist/cli (tsc): keep it.
    output: { path: path.resolve(__dirname, 'dist'), filename: '[name].js', clean: { keep: /^cli[\/]/ } },
    resolve: { extensions: ['.ts', '.js'] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: { loader: 'ts-loader', options: { configFile: 'tsconfig.web.json', onlyCompileBundledFiles: true } },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new BundleSizePlugin(),
      new CustomFunctionsMetadataPlugin({ output: 'functions.json', input: './src/functions/functions.ts' }),
      new RewriteAssetPlugin('functions.json', functionsMetadata),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        // One shared runtime: the pane's page hosts the custom functions too.
        chunks: ['functions', 'taskpane'],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          // `npm run build -- --env ADDIN_URL=https://…`: the manifest for the add-in hosted there.
          { from: 'manifest.xml', to: 'manifest.xml', transform: (content) => (env.ADDIN_URL ? productionManifest(content.toString(), env.ADDIN_URL) : content) },
          { from: 'src/taskpane/help.html', to: 'help.html' },
          // ES5, not bundled: it must parse where the bundles cannot (old-office.js).
          { from: 'src/taskpane/old-office.js', to: 'old-office.js' },
          { from: 'src/taskpane/modern-check.js', to: 'modern-check.js' },
        ],
      }),
    ],
    devServer: serving
      ? {
          port: PORT,
          headers: { 'Access-Control-Allow-Origin': '*' },
          server: await httpsOptions(),
          static: { directory: path.resolve(__dirname, 'dist') },
        }
      : undefined,
  };
};
