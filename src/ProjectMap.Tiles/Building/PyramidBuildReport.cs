namespace ProjectMap.Tiles.Building;

/// <summary>What building one pyramid did.</summary>
/// <param name="Location">The pyramid's folder or MBTiles file.</param>
/// <param name="Project">Project code (null for a single photo).</param>
/// <param name="Month">Month "yyyy-MM" (null for a single photo).</param>
/// <param name="Mode">"full", "incremental" or "up to date".</param>
/// <param name="Photos">Photos in the pyramid.</param>
/// <param name="ChangedPhotos">Photos added, removed or changed since the last build (all of them for a full build).</param>
/// <param name="TilesRendered">Tiles rendered (written or found empty).</param>
/// <param name="TilesWritten">Tiles written.</param>
/// <param name="TilesDeleted">Tiles removed because no photo covers them any more.</param>
/// <param name="PhotosDecoded">Photos decoded (each at most once).</param>
/// <param name="MaxProjectionErrorPx">Largest deviation of a block homography from the exact projection, output pixels.</param>
/// <param name="Seconds">Wall-clock time.</param>
/// <param name="Detail">The renderer's figures (decode scales, time decoding and encoding, tiles held), when anything was rendered.</param>
public sealed record PyramidBuildReport(
    string Location, string? Project, string? Month, string Mode, int Photos, int ChangedPhotos, int TilesRendered, int TilesWritten, int TilesDeleted,
    int PhotosDecoded, double MaxProjectionErrorPx, double Seconds, Mosaic.MosaicResult? Detail = null);
