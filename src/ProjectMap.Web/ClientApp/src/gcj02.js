// GCJ-02 (the datum of Gaode/Tencent maps), a port of ProjectMap.Geodesy.ChinaOffsets.Gcj02 and ChinaBounds: the
// published closed-form offset of WGS84 on the Krasovsky ellipsoid (a = 6378245 m, e² = 0.00669342162296594323).
// Every function takes and returns [longitude, latitude] in degrees. Used for display only (our data stay WGS84/CGCS2000).
// Tested against the C# implementation and the published vectors (tests/ProjectMap.Web.Tests, Gcj02PortTests).

const KRASOVSKY_A = 6378245.0;
const KRASOVSKY_EE = 0.00669342162296594323;

/** True inside the box where GCJ-02 applies its offset: 73.66–135.05°E, 3.86–53.55°N (coordtransform's box). */
export function insideChina(lon, lat) {
  return lon >= 73.66 && lon <= 135.05 && lat >= 3.86 && lat <= 53.55;
}

function transformLat(x, y) {
  let ret = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
  ret += ((20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0) / 3.0;
  ret += ((20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin((y / 3.0) * Math.PI)) * 2.0) / 3.0;
  ret += ((160.0 * Math.sin((y / 12.0) * Math.PI) + 320.0 * Math.sin((y * Math.PI) / 30.0)) * 2.0) / 3.0;
  return ret;
}

function transformLon(x, y) {
  let ret = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
  ret += ((20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0) / 3.0;
  ret += ((20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin((x / 3.0) * Math.PI)) * 2.0) / 3.0;
  ret += ((150.0 * Math.sin((x / 12.0) * Math.PI) + 300.0 * Math.sin((x / 30.0) * Math.PI)) * 2.0) / 3.0;
  return ret;
}

function delta(lon, lat) {
  const x = lon - 105.0;
  const y = lat - 35.0;
  let dLat = transformLat(x, y);
  let dLon = transformLon(x, y);
  const radLat = (lat / 180.0) * Math.PI;
  let magic = Math.sin(radLat);
  magic = 1 - KRASOVSKY_EE * magic * magic;
  const sqrtMagic = Math.sqrt(magic);
  dLat = (dLat * 180.0) / (((KRASOVSKY_A * (1 - KRASOVSKY_EE)) / (magic * sqrtMagic)) * Math.PI);
  dLon = (dLon * 180.0) / ((KRASOVSKY_A / sqrtMagic) * Math.cos(radLat) * Math.PI);
  return [dLon, dLat];
}

/** WGS84 → GCJ-02; points outside the box are returned unchanged. */
export function wgs84ToGcj02(lon, lat) {
  if (!insideChina(lon, lat)) return [lon, lat];
  const [dLon, dLat] = delta(lon, lat);
  return [lon + dLon, lat + dLat];
}

/** GCJ-02 → WGS84 by fixed-point iteration until the step is below 1e-10° (at most 30 rounds), like the C# ToWgs84. */
export function gcj02ToWgs84(lon, lat) {
  if (!insideChina(lon, lat)) return [lon, lat];
  const [d0Lon, d0Lat] = delta(lon, lat);
  let wLon = lon - d0Lon;
  let wLat = lat - d0Lat;
  for (let i = 0; i < 30; i++) {
    const [fLon, fLat] = wgs84ToGcj02(wLon, wLat);
    const stepLon = fLon - lon;
    const stepLat = fLat - lat;
    wLon -= stepLon;
    wLat -= stepLat;
    if (Math.abs(stepLon) < 1e-10 && Math.abs(stepLat) < 1e-10) break;
  }
  return [wLon, wLat];
}
