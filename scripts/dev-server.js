/**
 * https for the dev server (webpack.config.js). Excel's pane (WebView2 on Windows, WKWebView on
 * Mac) refuses a certificate it does not trust, silently: the pane just stays blank. So there is
 * no self-signed fallback; where office-addin-dev-certs cannot give a trusted certificate the
 * dev server stops, saying how to make one trusted.
 */

const TRUST_HELP = [
  'dev-server: không có chứng chỉ https được tin cậy cho localhost. / no trusted https certificate for localhost.',
  '  Chạy một lần / run once:  npx office-addin-dev-certs install',
  '  - Windows: chấp nhận hộp thoại cài chứng chỉ gốc (Yes) / accept the prompt to install the root certificate;',
  '  - Mac: nhập mật khẩu máy khi được hỏi / enter your password when asked;',
  '  rồi chạy lại / then run again: npm run dev-server (hoặc / or npm start).',
  '  Chứng chỉ hết hạn? / Expired? npx office-addin-dev-certs uninstall && npx office-addin-dev-certs install',
].join('\n');

/** webpack-dev-server's `server` option, or an Error saying how to trust the certificate. */
async function httpsOptions(devCerts = require('office-addin-dev-certs')) {
  try {
    const options = await devCerts.getHttpsServerOptions();
    console.log('dev-server: https with the office-addin-dev-certs certificate');
    return { type: 'https', options };
  } catch (error) {
    throw new Error(`${TRUST_HELP}\n  (${error && error.message ? error.message : error})`);
  }
}

/** The port of package.json's config (npm start waits for it), 3000 where npm did not set it. */
function devServerPort(env = process.env) {
  return Number(env.npm_package_config_dev_server_port) || 3000;
}

module.exports = { httpsOptions, devServerPort, TRUST_HELP };
