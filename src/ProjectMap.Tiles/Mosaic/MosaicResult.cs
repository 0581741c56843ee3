namespace ProjectMap.Tiles.Mosaic;

/// <summary>What a mosaic run did.</summary>
/// <param name="TilesWritten">Tiles encoded and written.</param>
/// <param name="TilesEmpty">Tiles rendered fully transparent (not written; deleted if they existed).</param>
/// <param name="PhotosDecoded">Photos decoded (each at most once).</param>
/// <param name="DecodeScales">Per decoded photo id, the factor it was decoded smaller by (1, 2, 4, 8).</param>
/// <param name="MaxProjectionErrorPx">Largest deviation of a block homography from the exact projection at the check points, output pixels.</param>
/// <param name="SubdividedProjections">Tile-photo projections that needed more than one block.</param>
/// <param name="PeakHeldTiles">Most partially blended tiles held in memory at once (tiles awaiting another photo).</param>
/// <param name="PeakDecodedBytes">Largest decoded photo with its mip levels, in bytes.</param>
/// <param name="DecodeSeconds">Time spent decoding photos and building their mip levels.</param>
/// <param name="EncodeSeconds">Time spent encoding and writing tiles (summed over threads).</param>
public sealed record MosaicResult(
    int TilesWritten,
    int TilesEmpty,
    int PhotosDecoded,
    IReadOnlyDictionary<string, int> DecodeScales,
    double MaxProjectionErrorPx,
    long SubdividedProjections,
    int PeakHeldTiles,
    long PeakDecodedBytes,
    double DecodeSeconds,
    double EncodeSeconds);
