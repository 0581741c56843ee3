// The viewer's calls to its server: JSON in and out, the antiforgery token on every write, errors as exceptions
// carrying the server's sentence.

let token = null;

export class ApiError extends Error {
  constructor(status, message, code, body) {
    super(message);
    this.status = status;
    this.code = code;
    this.body = body;
  }
}

async function parse(response) {
  const type = response.headers.get('content-type') || '';
  const body = type.includes('json') ? await response.json() : await response.text();
  if (!response.ok) {
    const message = body && body.error ? body.error : `${response.status} ${response.statusText}`;
    throw new ApiError(response.status, message, body && body.code, body);
  }
  return body;
}

/** GET a JSON resource. */
export async function get(path) {
  return parse(await fetch(path, { headers: { Accept: 'application/json' }, credentials: 'same-origin' }));
}

/** Sends JSON with a method (POST, PUT, PATCH, DELETE) and the antiforgery token; returns the JSON answer. */
export async function send(method, path, body) {
  if (!token) await session();
  const response = await fetch(path, {
    method,
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-CSRF-TOKEN': token },
    body: JSON.stringify(body ?? {}),
  });
  const result = await parse(response);
  if (result && typeof result === 'object' && 'antiforgeryToken' in result) token = result.antiforgeryToken;
  return result;
}

/** Sends raw bytes (a Blob) with a method and the antiforgery token; returns the JSON answer. */
export async function sendBytes(method, path, blob) {
  if (!token) await session();
  const response = await fetch(path, {
    method,
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/octet-stream', Accept: 'application/json', 'X-CSRF-TOKEN': token },
    body: blob,
  });
  return parse(response);
}

/** The session (who is signed in, whether anonymous reading is on) and a fresh antiforgery token. */
export async function session() {
  const s = await get('/api/session');
  token = s.antiforgeryToken;
  return s;
}
