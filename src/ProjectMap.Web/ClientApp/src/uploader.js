// The upload engine of the officers' upload page: each file is hashed (SHA-256), started on the server (which answers
// at once when the photo is already stored), sent in chunks from where the server says it stands, and completed (the
// server checks size and hash, then ingests). A dropped connection is retried a few times from the server's offset;
// after that the file is marked failed and "resume" continues it from the bytes already received (also after the page
// was closed: an unfinished upload of the same bytes is found on the server and continued).
import * as api from './api.js';
import { sha256OfFile } from './hash.js';

/** The states a file goes through, in order; failed and refused end a run (failed can be resumed). */
export const STATES = ['waiting', 'hashing', 'sending', 'checking', 'done', 'failed', 'refused'];

const sleep = (ms) => new Promise((resolve) => { setTimeout(resolve, ms); });

function isTransient(e) {
  // A network failure (fetch rejects with TypeError), a cut-off chunk, or a server error.
  return !(e instanceof api.ApiError) || e.status >= 500 || e.code === 'cut-off';
}

/**
 * A queue of uploads. `options`: project (code or null), chunkBytes (the server's), concurrency (files at once),
 * retryDelays (ms before each retry of a failed chunk), onChange(item) after every change of an item.
 */
export class UploadQueue {
  constructor({ project = null, chunkBytes = 4 * 1024 * 1024, concurrency = 2, retryDelays = [500, 1500, 3000], onChange = () => {} }) {
    this.project = project;
    this.chunkBytes = chunkBytes;
    this.concurrency = concurrency;
    this.retryDelays = retryDelays;
    this.onChange = onChange;
    this.items = [];
    this.running = 0;
    this.unfinished = [];
  }

  /** Learns the user's unfinished uploads on the server (GET /api/uploads), so the same files dropped again continue. */
  async loadUnfinished() {
    const list = await api.get('/api/uploads');
    this.unfinished = list.filter((u) => u.state === 'receiving');
    return this.unfinished;
  }

  /** Adds files (File objects) for the current project and starts sending; returns the new items. */
  add(files) {
    const added = files.map((file) => ({
      file,
      name: file.name,
      size: file.size,
      project: this.project,
      state: 'waiting',
      hashed: 0,
      offset: 0,
      sha256: null,
      id: null,
      result: null,
      error: null,
      resumed: false,
      network: false,
    }));
    this.items.push(...added);
    for (const item of added) this.onChange(item);
    this.pump();
    return added;
  }

  /** Queues every failed file again; each continues from the bytes the server already has. */
  resumeFailed() {
    for (const item of this.items.filter((i) => i.state === 'failed')) {
      item.state = 'waiting';
      item.error = null;
      item.network = false;
      this.onChange(item);
    }
    this.pump();
  }

  /** Totals: files per state, bytes sent and to send. */
  totals() {
    const count = Object.fromEntries(STATES.map((s) => [s, 0]));
    let sent = 0;
    let size = 0;
    for (const i of this.items) {
      count[i.state] += 1;
      size += i.size;
      sent += i.state === 'done' || i.state === 'checking' ? i.size : i.offset;
    }
    const outcomes = {};
    for (const i of this.items.filter((x) => x.result)) outcomes[i.result.outcome] = (outcomes[i.result.outcome] || 0) + 1;
    return { count, sent, size, outcomes, files: this.items.length };
  }

  pump() {
    while (this.running < this.concurrency) {
      const next = this.items.find((i) => i.state === 'waiting');
      if (!next) return;
      this.running += 1;
      next.state = 'hashing';
      this.onChange(next);
      this.run(next).finally(() => {
        this.running -= 1;
        this.pump();
      });
    }
  }

  async run(item) {
    try {
      if (!item.sha256) {
        item.sha256 = await sha256OfFile(item.file, (n) => {
          item.hashed = n;
          this.onChange(item);
        });
      }
      if (!item.id) await this.start(item);
      let restarts = 0;
      while (item.state !== 'done') {
        await this.send(item);
        item.state = 'checking';
        this.onChange(item);
        try {
          const answer = await api.send('POST', `/api/uploads/${item.id}/complete`);
          this.finish(item, answer);
        } catch (e) {
          if (e instanceof api.ApiError && (e.code === 'incomplete' || e.code === 'checksum-mismatch') && restarts < 2) {
            restarts += 1;
            item.offset = e.body.offset ?? 0;
            continue;
          }
          throw e;
        }
      }
    } catch (e) {
      item.error = e.message;
      // A fetch that never got an answer (the browser's own words, e.g. "Failed to fetch", are not the user's language).
      item.network = !(e instanceof api.ApiError);
      item.state = e instanceof api.ApiError && e.status < 500 && e.status !== 409 && item.id === null ? 'refused' : 'failed';
      this.onChange(item);
    }
  }

  async start(item) {
    const earlier = this.unfinished.find((u) => u.sha256 === item.sha256 && u.size === item.size && u.project === item.project);
    if (earlier) {
      try {
        const status = await api.get(`/api/uploads/${earlier.id}`);
        item.id = status.id;
        item.offset = status.offset;
        item.resumed = status.offset > 0;
        this.unfinished = this.unfinished.filter((u) => u !== earlier);
        if (status.state === 'finished') this.finish(item, status);
        else {
          item.state = 'sending';
          this.onChange(item);
        }
        return;
      } catch {
        // Expired or cancelled meanwhile: start afresh below.
      }
    }
    const answer = await api.send('POST', '/api/uploads', { fileName: item.name, size: item.size, project: item.project, sha256: item.sha256 });
    item.id = answer.id;
    item.offset = answer.offset;
    if (answer.state === 'finished') this.finish(item, answer);
    else {
      item.state = 'sending';
      this.onChange(item);
    }
  }

  async send(item) {
    let failures = 0;
    item.state = 'sending';
    this.onChange(item);
    while (item.offset < item.size) {
      const end = Math.min(item.size, item.offset + this.chunkBytes);
      try {
        const answer = await api.sendBytes('PUT', `/api/uploads/${item.id}?offset=${item.offset}`, item.file.slice(item.offset, end));
        item.offset = answer.offset;
        failures = 0;
        this.onChange(item);
      } catch (e) {
        if (e instanceof api.ApiError && e.code === 'wrong-offset') {
          item.offset = e.body.offset;
          continue;
        }
        if (e instanceof api.ApiError && e.status === 404) {
          // The unfinished upload expired (kept a day) or was cancelled: start the file again.
          item.id = null;
          item.offset = 0;
          await this.start(item);
          continue;
        }
        if (!isTransient(e) || failures >= this.retryDelays.length) throw e;
        await sleep(this.retryDelays[failures]);
        failures += 1;
        try {
          // Continue from where the server stands: the bytes that arrived before the failure are kept.
          const status = await api.get(`/api/uploads/${item.id}`);
          item.offset = status.offset;
          item.resumed = true;
        } catch (inner) {
          if (!isTransient(inner)) throw inner;
        }
      }
    }
  }

  finish(item, answer) {
    item.result = answer.result;
    item.offset = item.size;
    item.state = 'done';
    this.onChange(item);
  }
}
