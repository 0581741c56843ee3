// SHA-256 of a file in the browser, read in 4 MiB slices so memory stays small. @noble/hashes is bundled because the
// browser's crypto.subtle exists only on https:// and localhost, and intranet viewers are often plain http://.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

const SLICE = 4 * 1024 * 1024;

/** The SHA-256 of a File or Blob as 64 lowercase hex digits; `onProgress(bytesRead)` after each slice. */
export async function sha256OfFile(file, onProgress = () => {}) {
  const hash = sha256.create();
  for (let offset = 0; offset < file.size; offset += SLICE) {
    const bytes = new Uint8Array(await file.slice(offset, Math.min(file.size, offset + SLICE)).arrayBuffer());
    hash.update(bytes);
    onProgress(offset + bytes.length);
  }
  return bytesToHex(hash.digest());
}
