namespace ProjectMap.Application.Storage;

/// <summary>
/// An officer's correction of a photo's georeference from control pairs, kept beside the photo (its metadata is never
/// changed). The transform maps pixel (column, row) to local ground metres (east, north) in the east-north-up frame
/// whose origin is on the ground under <see cref="FrameOriginLatDeg"/>, <see cref="FrameOriginLonDeg"/> (the camera position).
/// </summary>
/// <param name="Sha256">The photo.</param>
/// <param name="Model">"similarity", "affine" or "homography".</param>
/// <param name="Matrix">The 3 × 3 pixel → local metres matrix, row-major (9 numbers).</param>
/// <param name="FrameOriginLatDeg">Latitude of the local frame's origin in degrees.</param>
/// <param name="FrameOriginLonDeg">Longitude of the local frame's origin in degrees.</param>
/// <param name="PairsJson">The control pairs as JSON: [{"col","row","lat","lon","residualM"}].</param>
/// <param name="RmsResidualM">Root-mean-square residual of the pairs in metres on the ground.</param>
/// <param name="MaxResidualM">Largest residual in metres on the ground.</param>
/// <param name="CreatedAt">When the correction was stored (UTC).</param>
public sealed record PhotoCorrectionRecord(
    string Sha256,
    string Model,
    IReadOnlyList<double> Matrix,
    double FrameOriginLatDeg,
    double FrameOriginLonDeg,
    string PairsJson,
    double RmsResidualM,
    double MaxResidualM,
    DateTimeOffset CreatedAt);
