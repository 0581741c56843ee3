namespace ProjectMap.Web.Uploads;

/// <summary>
/// The limits of the officers' photo upload. Defaults: files up to 200 MiB (the photo inspector's own limit), up to 500
/// unfinished uploads per user, 500 files per drop in the page, 4 MiB chunks, and unfinished uploads kept for 24 hours
/// after their last chunk so an interrupted upload can be resumed.
/// </summary>
public sealed record UploadLimits
{
    /// <summary>The defaults above.</summary>
    public static UploadLimits Default { get; } = new();

    /// <summary>The largest file accepted, in bytes (default 200 MiB).</summary>
    public long MaxFileBytes { get; init; } = Imagery.Metadata.MetadataReadOptions.DefaultMaxFileBytes;

    /// <summary>How many unfinished uploads one user may have open at once (default 500).</summary>
    public int MaxOpenUploads { get; init; } = 500;

    /// <summary>How many files the page takes in one drop (default 500); more are refused with a message before anything is sent.</summary>
    public int MaxFilesPerBatch { get; init; } = 500;

    /// <summary>The size of one chunk in bytes (default 4 MiB); the last chunk of a file may be shorter.</summary>
    public int ChunkBytes { get; init; } = 4 * 1024 * 1024;

    /// <summary>How long an unfinished upload is kept after its last chunk (default 24 hours).</summary>
    public TimeSpan Expiry { get; init; } = TimeSpan.FromHours(24);

    /// <summary>Throws <see cref="ArgumentException"/> when a limit is not positive.</summary>
    public void Validate()
    {
        if (MaxFileBytes <= 0 || MaxOpenUploads <= 0 || MaxFilesPerBatch <= 0 || ChunkBytes < 64 * 1024 || Expiry <= TimeSpan.Zero)
        {
            throw new ArgumentException("upload limits must be positive (chunks at least 64 KiB)");
        }
    }
}
