// Reads [[lon, lat], …] (JSON) from the first argument and prints, for each point, the JS port's WGS84→GCJ-02 and
// GCJ-02→WGS84 results as JSON; the .NET test compares them with ProjectMap.Geodesy.ChinaOffsets and the published vectors.
import { wgs84ToGcj02, gcj02ToWgs84 } from '../src/gcj02.js';

const points = JSON.parse(process.argv[2]);
process.stdout.write(JSON.stringify(points.map(([lon, lat]) => ({ toGcj: wgs84ToGcj02(lon, lat), toWgs: gcj02ToWgs84(lon, lat) }))));
