// The ingest's reasons and warnings (the library writes them in English, as the CLI prints them) in the page's
// language: the common ones an officer meets are recognised by their wording and said in Chinese with their figures;
// any other is shown as written, marked as the original text, so nothing is hidden or guessed.
import { t, language } from './i18n/index.js';

// [pattern, i18n key, names of the captured groups]; the first match wins.
const KNOWN = [
  [/^already stored \(first ingested as (.+?)\)(?:; nothing was sent)?$/, 'reason.duplicate', ['name']],
  [/^already in quarantine: (.+)$/, 'reason.quarantined', ['reason']],
  [/^the photo's footprint does not touch project (.+?)'s parcel, so it is not filed under it; nothing was stored$/, 'reason.notTouching', ['project']],
  [/^the photo's footprint does not touch project (.+?)'s parcel$/, 'reason.notTouchingWarning', ['project']],
  [/^not a JPEG or TIFF photo/, 'reason.notPhoto', []],
  [/^the file is empty$/, 'reason.empty', []],
  [/^(?:the file is too short to be an image|truncated JPEG|the image headers are truncated or corrupt|the JPEG has no frame header)/, 'reason.truncated', []],
  [/^no GPS position in the photo/, 'reason.noGps', []],
  [/^GPS position is 0°, 0°/, 'reason.gpsZero', []],
  [/^the camera looks at or above the horizon/, 'reason.horizon', []],
  [/^no camera yaw/, 'reason.noYaw', []],
  [/^the camera is ([\d.]+) m above the ground plane/, 'reason.tooLow', ['height']],
  [/^no capture time \(EXIF DateTimeOriginal\)/, 'reason.noTime', []],
  [/^no gimbal roll in the metadata; 0° assumed$/, 'reason.noRoll', []],
];

/** A reason or warning from the server in the current language. */
export function explain(text) {
  if (!text || language() === 'en') return text;
  for (const [pattern, key, names] of KNOWN) {
    const m = pattern.exec(text);
    if (m) return t(key, Object.fromEntries(names.map((n, i) => [n, m[i + 1]])));
  }
  return t('reason.original', { text });
}
