using NetTopologySuite.Geometries;
using ProjectMap.Domain.Time;

namespace ProjectMap.Application.Storage;

/// <summary>
/// Georeferenced photos, their parcel matches, corrections and the quarantine of rejected files. A photo's identity is
/// the SHA-256 of its bytes; adding one that is already stored changes nothing, so ingest is idempotent and safe to
/// run from several processes at once.
/// </summary>
public interface IPhotoRepository
{
    /// <summary>
    /// Stores a photo with its parcel matches in one transaction; returns false (and stores nothing) when a photo with
    /// the same SHA-256 is already stored.
    /// </summary>
    Task<bool> AddAsync(StoredPhoto photo, IReadOnlyList<PhotoParcelMatch> matches, CancellationToken cancellationToken = default);

    /// <summary>The photo with a SHA-256, or null.</summary>
    Task<StoredPhoto?> FindAsync(string sha256, CancellationToken cancellationToken = default);

    /// <summary>Stored photos matching a query, ordered by capture time then SHA-256.</summary>
    Task<IReadOnlyList<StoredPhoto>> ListAsync(PhotoQuery query, CancellationToken cancellationToken = default);

    /// <summary>Photos whose footprint envelope intersects a lon/lat envelope in degrees, ordered by capture time then SHA-256.</summary>
    Task<IReadOnlyList<StoredPhoto>> FindInEnvelopeAsync(Envelope lonLat, CancellationToken cancellationToken = default);

    /// <summary>
    /// What the map viewer draws: the footprints whose envelope intersects a lon/lat envelope in degrees, of one capture
    /// month (or of every month when <paramref name="month"/> is null), at most <paramref name="limit"/> of them, ordered
    /// by capture time (unknown last) then SHA-256. Light records: no pose, camera or metadata.
    /// </summary>
    Task<IReadOnlyList<PhotoFootprint>> FindFootprintsAsync(Envelope lonLat, YearMonth? month, int limit, CancellationToken cancellationToken = default);

    /// <summary>
    /// One page of every stored photo in SHA-256 order (ordinal): those whose SHA-256 comes after
    /// <paramref name="afterSha256"/> (from the first when null), at most <paramref name="limit"/>, each with its parcel
    /// matches and corrections. Reading page after page visits every photo once in bounded memory.
    /// </summary>
    Task<IReadOnlyList<PhotoRecord>> ListPageAsync(string? afterSha256, int limit, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores many photos, each with its matches and corrections (kept in their order), in one transaction: the bulk
    /// path for copying a store and for loading data. All are stored or none: throws <see cref="StoreException"/>
    /// naming the photo when one of them is already stored or repeated. Returns how many were stored.
    /// </summary>
    Task<int> ImportAsync(IReadOnlyList<PhotoRecord> records, CancellationToken cancellationToken = default);

    /// <summary>Number of stored photos.</summary>
    Task<long> CountAsync(CancellationToken cancellationToken = default);

    /// <summary>The parcel matches of a photo, ordered by project code.</summary>
    Task<IReadOnlyList<PhotoParcelMatch>> MatchesAsync(string sha256, CancellationToken cancellationToken = default);

    /// <summary>Adds a correction to a stored photo (earlier ones are kept); throws <see cref="StoreException"/> when the photo is not stored.</summary>
    Task AddCorrectionAsync(PhotoCorrectionRecord correction, CancellationToken cancellationToken = default);

    /// <summary>Every correction of a photo, oldest first.</summary>
    Task<IReadOnlyList<PhotoCorrectionRecord>> CorrectionsAsync(string sha256, CancellationToken cancellationToken = default);

    /// <summary>The most recent correction of a photo, or null.</summary>
    Task<PhotoCorrectionRecord?> LatestCorrectionAsync(string sha256, CancellationToken cancellationToken = default);

    /// <summary>Records a quarantined file; returns false when a file with that SHA-256 is already quarantined.</summary>
    Task<bool> QuarantineAsync(QuarantinedFile file, CancellationToken cancellationToken = default);

    /// <summary>The quarantined file with a SHA-256, or null.</summary>
    Task<QuarantinedFile?> FindQuarantinedAsync(string sha256, CancellationToken cancellationToken = default);

    /// <summary>Every quarantined file, newest first.</summary>
    Task<IReadOnlyList<QuarantinedFile>> ListQuarantineAsync(CancellationToken cancellationToken = default);
}
