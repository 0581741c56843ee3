namespace ProjectMap.Imagery.Metadata;

/// <summary>Limits and settings for reading photo headers; every limit is checked before anything is decoded.</summary>
public sealed record MetadataReadOptions
{
    /// <summary>The default largest file accepted, in bytes (200 MiB: a 100 MP TIFF band set fits; drone JPEGs are 3–30 MiB).</summary>
    public const long DefaultMaxFileBytes = 200L * 1024 * 1024;

    /// <summary>The default largest image accepted, in pixels (150 megapixels; the largest drone cameras write 100 MP).</summary>
    public const long DefaultMaxPixels = 150_000_000;

    /// <summary>Files larger than this many bytes are rejected unread.</summary>
    public long MaxFileBytes { get; init; } = DefaultMaxFileBytes;

    /// <summary>Images whose header declares more than this many pixels (width × height) are rejected.</summary>
    public long MaxPixels { get; init; } = DefaultMaxPixels;

    /// <summary>
    /// The zone EXIF DateTimeOriginal is read in when the file has no OffsetTimeOriginal tag (DJI writes local time
    /// without a zone). Default: the district's zone, Asia/Shanghai.
    /// </summary>
    public TimeZoneInfo TimeZone { get; init; } = Domain.Time.DistrictTime.Zone;

    /// <summary>The defaults.</summary>
    public static MetadataReadOptions Default { get; } = new();
}
