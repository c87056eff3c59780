// Whole-process cold start: from spawning a server process to its first correct answer to a signed PING.
// Usage: node cold-start.mjs RUNS NAME=COMMAND... ; each COMMAND may use $PORT and $KEY (hex public key).
// Runs the targets interleaved (A B C A B C ...) so that machine noise hits them alike, then prints medians.
import { spawn } from 'node:child_process';
import { generateKeyPairSync, sign } from 'node:crypto';
import http from 'node:http';
import net from 'node:net';

const runs = Number(process.argv[2] || 10);
const targets = process.argv.slice(3).map((arg) => {
  const i = arg.indexOf('=');
  return { name: arg.slice(0, i), command: arg.slice(i + 1), times: [] };
});
const { publicKey, privateKey } = generateKeyPairSync('ed25519');
const keyHex = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32).toString('hex');
// COLD_START_COMMAND=mando sends a signed /mando instead of the PING and waits for its deferral, {"type":5}.
const mando = process.env.COLD_START_COMMAND === 'mando';
const body = Buffer.from(JSON.stringify(mando
  ? { type: 2, id: '1174031389567352833', application_id: '1174031232465760316', token: 'aW50ZXJhY3Rpb246bWFuZG8',
    version: 1, data: { id: '1174031282465390633', name: 'mando', type: 1 } }
  : { type: 1, id: '1174031389567352832', application_id: '1174031232465760316',
    token: 'aW50ZXJhY3Rpb246cGluZw', version: 1 }));
const expected = mando ? '{"type":5}' : '{"type":1}';

function freePort() {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => resolve(p)); });
  });
}

function ping(port) {
  const timestamp = String(Math.floor(Date.now() / 1000));
  const signature = sign(null, Buffer.concat([Buffer.from(timestamp), body]), privateKey).toString('hex');
  return new Promise((resolve) => {
    const req = http.request({ host: '127.0.0.1', port, method: 'POST', path: '/', agent: false, headers: {
      'Content-Type': 'application/json', 'Content-Length': body.length,
      'X-Signature-Ed25519': signature, 'X-Signature-Timestamp': timestamp } }, (res) => {
      let text = '';
      res.on('data', (c) => { text += c; });
      res.on('end', () => resolve(res.statusCode === 200 && text.replace(/\s/g, '') === expected));
    });
    req.on('error', () => resolve(false));
    req.end(body);
  });
}

async function once(target) {
  const port = await freePort();
  const command = target.command.replaceAll('$PORT', String(port)).replaceAll('$KEY', keyHex);
  const started = process.hrtime.bigint();
  const child = spawn('bash', ['-c', 'exec ' + command], { stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, PORT: String(port), DISCORD_PUBLIC_KEY: keyHex, DISCORD_APPLICATION_ID: '1174031232465760316' } });
  const deadline = Date.now() + 20000;
  let ok = false;
  while (!ok && Date.now() < deadline) {
    ok = await ping(port);
    if (!ok) await new Promise((r) => setTimeout(r, 2));
  }
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  // SIGTERM lets a JVM run its exit work (a training run writes its class-data archive then); SIGKILL if it hangs.
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 20000);
  await exited;
  clearTimeout(timer);
  if (!ok) throw new Error(`${target.name}: no correct PONG within 20 s`);
  return ms;
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
for (let i = 0; i < runs; i++) {
  for (const t of targets) t.times.push(await once(t));
}
const base = median(targets[0].times);
console.log(`| target | median ms | min | max | ratio to ${targets[0].name} |`);
console.log('|---|---|---|---|---|');
for (const t of targets) {
  const m = median(t.times);
  console.log(`| ${t.name} | ${m.toFixed(0)} | ${Math.min(...t.times).toFixed(0)} | ${Math.max(...t.times).toFixed(0)} | ${(m / base).toFixed(2)} |`);
}
