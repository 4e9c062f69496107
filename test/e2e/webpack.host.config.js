/** Bundles the browser tests' Office/Excel test host (test/e2e/host.ts) into test-output/e2e/host.js. */
const path = require('path');

module.exports = {
  mode: 'development',
  devtool: false,
  entry: path.join(__dirname, 'host.ts'),
  output: { path: path.join(__dirname, '..', '..', 'test-output', 'e2e'), filename: 'host.js' },
  resolve: { extensions: ['.ts', '.js'] },
  module: {
    rules: [{ test: /\.ts$/, use: { loader: 'ts-loader', options: { configFile: path.join(__dirname, 'tsconfig.json'), onlyCompileBundledFiles: true } } }],
  },
};
