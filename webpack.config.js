// @ts-check
const path = require('node:path');

/**
 * The command line as one file for Node. Packages stay in node_modules (they are the CLI's dependencies);
 * only the project's own code is bundled, so the CLI starts without a TypeScript step.
 * The task pane and the web page are added here by their own issues.
 * @type {import('webpack').Configuration}
 */
const cli = {
  name: 'cli',
  target: 'node20',
  entry: { cli: './src/cli/index.ts' },
  output: { path: path.resolve(__dirname, 'dist'), filename: '[name].js', clean: false },
  resolve: { extensions: ['.ts', '.js'] },
  module: {
    rules: [
      { test: /\.ts$/, loader: 'ts-loader', options: { transpileOnly: true }, exclude: /node_modules/ },
    ],
  },
  externals: [
    ({ request }, callback) =>
      request && /^[@a-z]/i.test(request) && !request.startsWith('.')
        ? callback(undefined, `commonjs ${request}`)
        : callback(),
  ],
  devtool: 'source-map',
  optimization: { minimize: false },
};

module.exports = [cli];
