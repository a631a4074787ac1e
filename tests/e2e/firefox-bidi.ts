// Firefox over WebDriver BiDi, spoken directly: Playwright's Firefox needs its own patched build, and its BiDi mode
// calls commands Firefox ESR lacks. This is only what the smoke test needs: install the add-on, answer requests
// (a saved page at its real URL, every other request failed), navigate, evaluate.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const FIREFOX_PATH = process.env.JOBFIT_FIREFOX ?? '/usr/bin/firefox-esr';
export const FIREFOX_EXTENSION_DIR = path.join(projectRoot, '.output/firefox-mv2');

export function firefoxSkipReason(): string | null {
  const missing = !existsSync(FIREFOX_PATH)
    ? `no Firefox at ${FIREFOX_PATH} (apt-get install firefox-esr, or set JOBFIT_FIREFOX)`
    : !existsSync(path.join(FIREFOX_EXTENSION_DIR, 'manifest.json'))
      ? `no Firefox build in ${FIREFOX_EXTENSION_DIR} (run npm run build:firefox)`
      : typeof WebSocket === 'undefined'
        ? 'this Node has no WebSocket (Node 20 needs --experimental-websocket, set in vitest.e2e.config.ts)'
        : null;
  if (missing && process.env.CI) throw new Error(`Firefox e2e cannot run in CI: ${missing}`);
  return missing;
}

interface BidiEvent {
  method: string;
  params: Record<string, any>;
}

export class FirefoxSession {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (value: any) => void; reject: (error: Error) => void }>();
  private readonly pages = new Map<string, string>();

  private constructor(
    private readonly process: ChildProcess,
    private readonly socket: WebSocket,
    private readonly profileDir: string,
  ) {
    socket.addEventListener('message', (event) => this.receive(JSON.parse(String(event.data))));
  }

  static async launch(): Promise<FirefoxSession> {
    const profileDir = mkdtempSync(path.join(os.tmpdir(), 'jobfit-firefox-'));
    const child = spawn(FIREFOX_PATH, ['--headless', '--no-remote', '--remote-debugging-port=0', '--profile', profileDir], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const endpoint = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('Firefox did not open WebDriver BiDi within 60 s')), 60_000);
        const read = (chunk: Buffer) => {
          const found = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(String(chunk));
          if (found) {
            clearTimeout(timer);
            resolve(found[1]!);
          }
        };
        child.stdout!.on('data', read);
        child.stderr!.on('data', read);
        child.once('exit', (code) => reject(new Error(`Firefox exited (${code}) before WebDriver BiDi was up`)));
      });
      const socket = new WebSocket(`${endpoint}/session`);
      await new Promise((resolve, reject) => {
        socket.addEventListener('open', resolve, { once: true });
        socket.addEventListener('error', () => reject(new Error('WebDriver BiDi connection failed')), { once: true });
      });
      const session = new FirefoxSession(child, socket, profileDir);
      await session.send('session.new', { capabilities: {} });
      await session.send('network.addIntercept', { phases: ['beforeRequestSent'] });
      await session.send('session.subscribe', { events: ['network.beforeRequestSent'] });
      return session;
    } catch (error) {
      child.kill();
      rmSync(profileDir, { recursive: true, force: true });
      throw error;
    }
  }

  send(method: string, params: Record<string, unknown>): Promise<any> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.socket.send(JSON.stringify({ id, method, params }));
    });
  }

  private receive(message: { id?: number; type: string; result?: unknown; error?: string; message?: string } & Partial<BidiEvent>): void {
    if (message.id !== undefined) {
      const waiting = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.type === 'error') waiting?.reject(new Error(`${message.error}: ${message.message}`));
      else waiting?.resolve(message.result);
    } else if (message.method === 'network.beforeRequestSent' && message.params?.isBlocked) {
      void this.answer(message.params.request);
    }
  }

  /** The saved page for a URL we serve; every other request fails: nothing leaves the machine. */
  private async answer(request: { request: string; url: string }): Promise<void> {
    const html = this.pages.get(request.url);
    const reply = html === undefined
      ? this.send('network.failRequest', { request: request.request })
      : this.send('network.provideResponse', {
          request: request.request,
          statusCode: 200,
          reasonPhrase: 'OK',
          headers: [{ name: 'content-type', value: { type: 'string', value: 'text/html; charset=utf-8' } }],
          body: { type: 'string', value: html },
        });
    await reply.catch(() => undefined); // the tab may be gone already
  }

  serve(url: string, html: string): void {
    this.pages.set(url, html);
  }

  async installTemporaryAddon(dir: string): Promise<string> {
    const { extension } = await this.send('webExtension.install', { extensionData: { type: 'path', path: dir } });
    return extension as string;
  }

  async navigate(url: string): Promise<string> {
    const { contexts } = await this.send('browsingContext.getTree', {});
    const context = contexts[0].context as string;
    await this.send('browsingContext.navigate', { context, url, wait: 'complete' });
    return context;
  }

  /** Evaluates an expression in the page and returns its JSON-serialised value. */
  async evaluate<T>(context: string, expression: string): Promise<T> {
    const { result } = await this.send('script.evaluate', {
      target: { context },
      expression: `JSON.stringify(${expression})`,
      awaitPromise: false,
    });
    return JSON.parse(result.value) as T;
  }

  async close(): Promise<void> {
    await this.send('browser.close', {}).catch(() => undefined);
    this.socket.close();
    await new Promise((resolve) => {
      if (this.process.exitCode !== null) resolve(null);
      else {
        this.process.once('exit', resolve);
        setTimeout(() => this.process.kill(), 5_000);
      }
    });
    rmSync(this.profileDir, { recursive: true, force: true });
  }
}
