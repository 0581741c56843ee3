using NetTopologySuite.Geometries;
using ProjectMap.Domain.Time;

namespace ProjectMap.Application.Storage;

/// <summary>
/// What the map draws for a photo: its footprint and the few facts shown beside it, without the pose, camera and
/// metadata a <see cref="StoredPhoto"/> carries.
/// </summary>
/// <param name="Sha256">SHA-256 of the original, the photo's identity.</param>
/// <param name="ProjectCode">The project the photo is filed under, or null.</param>
/// <param name="Month">The capture month (Asia/Shanghai), or null when the capture time is unknown.</param>
/// <param name="CapturedAt">The capture instant, or null.</param>
/// <param name="GsdCm">Ground sample distance at the image centre, in centimetres per pixel.</param>
/// <param name="AccuracyM">Estimated position accuracy (1 σ) of the footprint, in metres.</param>
/// <param name="Footprint">The footprint polygon, CGCS2000 lon/lat degrees (X = longitude), SRID 4490.</param>
public sealed record PhotoFootprint(string Sha256, string? ProjectCode, YearMonth? Month, DateTimeOffset? CapturedAt, double GsdCm, double AccuracyM, Polygon Footprint);
