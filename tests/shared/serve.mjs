// Servers for the end-to-end tests: a free port, tools/serve.mjs serving a build on a chosen port
// (fixed, so it can be restarted on the same origin with another build), and a tiny static server
// for partner pages. Browser-independent: tests/e2e and tests/webkit both use it.
import { spawn } from 'node:child_process';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { ROOT } from './paths.mjs';

/** A TCP port on 127.0.0.1 that is free now. */
export async function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
    s.on('error', reject);
  });
}

/** A server's addresses on 127.0.0.1:PORT: { url, origin, port }. */
const addresses = (port) => ({ url: `http://127.0.0.1:${port}/`, origin: `http://127.0.0.1:${port}`, port });

/** Runs tools/serve.mjs for DIR on PORT with ENV added; returns { url, origin, port, stop }. */
export async function serveAt(dir, port, env = {}) {
  const child = spawn(process.execPath, [path.join(ROOT, 'tools/serve.mjs'), dir, String(port)], {
    env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  await new Promise((resolve, reject) => {
    child.stdout.on('data', (d) => { if (String(d).includes('served')) resolve(); });
    child.on('exit', (code) => reject(new Error('server exited ' + code)));
  });
  return {
    ...addresses(port),
    stop: async () => { if (child.exitCode === null && child.signalCode === null) { child.kill(); await exited; } },
  };
}

/** A static server of fixed pages ({ '/path': { type, body } }) on PORT; returns { url, origin, port, stop }. */
export async function servePagesAt(port, pages) {
  const server = http.createServer((req, res) => {
    const page = pages[new URL(req.url, 'http://x').pathname];
    if (!page) { res.writeHead(404, { 'content-type': 'text/plain' }).end('not found'); return; }
    res.writeHead(200, { 'content-type': page.type || 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(page.body);
  });
  return listen(server, port);
}

/** Starts the http.Server `server` on 127.0.0.1:PORT; returns { url, origin, port, stop }. */
export async function listen(server, port) {
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    ...addresses(port),
    stop: () => new Promise((resolve) => { server.closeAllConnections?.(); server.close(() => resolve()); }),
  };
}
