// @ts-check
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { addinHost, manifestFor } = require('./scripts/manifestHost');

/**
 * The command line as one file for Node. Packages stay in node_modules (they are the CLI's dependencies);
 * only the project's own code is bundled, so the CLI starts without a TypeScript step.
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

/**
 * The static site in dist/web: the Excel task pane (taskpane.html), the same pane as a web page on
 * workbook files (index.html), the icons and the manifest. The file adapter (src/xlsx/package) is in
 * neither page's first script: the pane works on the live workbook through Office.js, and the web page
 * loads the adapter as its own chunk when a file is first opened.
 * @returns {import('webpack').Configuration}
 */
const site = (/** @type {string} */ host) => ({
  name: 'site',
  target: 'web',
  entry: {
    taskpane: './src/taskpane/index.tsx',
    web: './src/web/index.tsx',
    // The web page's file lives in this worker; the page names it (src/web/files/workerFiles.ts).
    'file-worker': './src/web/files/fileWorker.ts',
  },
  output: {
    path: path.resolve(__dirname, 'dist', 'web'),
    filename: (pathData) =>
      pathData.chunk?.name === 'file-worker' ? 'file-worker.js' : '[name].[contenthash].js',
    chunkFilename: '[name].[contenthash].js',
    clean: true,
  },
  resolve: { extensions: ['.tsx', '.ts', '.js'] },
  module: {
    rules: [
      {
        test: /\.tsx?$/,
        loader: 'ts-loader',
        // ES modules, so that webpack can drop what the pane does not use (most of Fluent UI's icons).
        options: { transpileOnly: true, compilerOptions: { module: 'esnext', moduleResolution: 'bundler' } },
        exclude: /node_modules/,
      },
    ],
  },
  plugins: [
    new HtmlWebpackPlugin({
      template: './src/taskpane/taskpane.html',
      filename: 'taskpane.html',
      chunks: ['taskpane'],
    }),
    new HtmlWebpackPlugin({ template: './src/web/index.html', filename: 'index.html', chunks: ['web'] }),
    new CopyWebpackPlugin({
      patterns: [
        { from: 'assets', to: 'assets' },
        { from: 'src/taskpane/pane.css', to: 'pane.css' },
        {
          from: 'manifest.xml',
          to: 'manifest.xml',
          transform: (content) => manifestFor(content.toString(), host),
        },
      ],
    }),
  ],
  performance: { hints: false },
  devtool: 'source-map',
});

/** `npm run build -- --env url=https://…` (or ADDIN_URL) sets the host written into dist/web/manifest.xml. */
module.exports = (/** @type {{ url?: string }} */ env) => [cli, site(addinHost(env))];
