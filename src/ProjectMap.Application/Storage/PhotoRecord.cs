namespace ProjectMap.Application.Storage;

/// <summary>
/// A stored photo with everything the store keeps about it: its parcel matches and every correction (oldest first).
/// The unit that <c>db copy</c> and content checksums stream through, and that bulk loading writes.
/// </summary>
/// <param name="Photo">The photo.</param>
/// <param name="Matches">Its parcel matches, ordered by project code.</param>
/// <param name="Corrections">Its corrections, oldest first.</param>
public sealed record PhotoRecord(StoredPhoto Photo, IReadOnlyList<PhotoParcelMatch> Matches, IReadOnlyList<PhotoCorrectionRecord> Corrections);
