/**
 * Loading the add-in the first time: `npm start` needs package.json's config to know the app and
 * to wait for the dev server's port, and the dev server must not fall back to a certificate that
 * Excel's pane (WebView2, WKWebView) refuses without a word.
 */
import * as fs from 'fs';
import * as path from 'path';
import { devServerPort, httpsOptions } from '../../scripts/dev-server';

const root = path.join(__dirname, '..', '..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

describe('npm start and the dev server', () => {
  it('package.json says which app to sideload into and the port to wait for', () => {
    expect(pkg.config).toEqual({ app_to_debug: 'excel', app_type_to_debug: 'desktop', dev_server_port: 3000 });
    expect(pkg.scripts.start).toMatch(/^office-addin-debugging start manifest\.xml/);
    expect(pkg.scripts['dev-server']).toMatch(/webpack serve/);
    expect(devServerPort({ npm_package_config_dev_server_port: '3000' })).toBe(3000);
    expect(devServerPort({})).toBe(3000);
  });

  it('the manifest points at the port the dev server serves', () => {
    const manifest = fs.readFileSync(path.join(root, 'manifest.xml'), 'utf8');
    expect(manifest).toContain(`https://localhost:${pkg.config.dev_server_port}/taskpane.html`);
  });

  it('uses the trusted office-addin-dev-certs certificate', async () => {
    const options = { key: 'k', cert: 'c', ca: 'a' };
    await expect(httpsOptions({ getHttpsServerOptions: async () => options })).resolves.toEqual({ type: 'https', options });
  });

  it('stops, saying how to trust the certificate, where there is none: no silent self-signed fallback', async () => {
    const failing = { getHttpsServerOptions: async () => Promise.reject(new Error('The CA certificate is not trusted')) };
    const stop = httpsOptions(failing);
    await expect(stop).rejects.toThrow(/npx office-addin-dev-certs install/);
    await expect(stop).rejects.toThrow(/không có chứng chỉ https được tin cậy/);
  });
});
