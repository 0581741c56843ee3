using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using ProjectMap.Application.Storage;
using ProjectMap.Domain.Projects;
using ProjectMap.Imagery.Inspection;
using ProjectMap.Imagery.Metadata;

namespace ProjectMap.Application.Photos;

/// <summary>
/// <c>photo ingest</c>: streams files one at a time (memory does not grow with their number), keeps each original byte
/// for byte in the content-addressed <see cref="PhotoFileStore"/>, georeferences it, matches it to parcels, files it
/// under its capture month and project, and stores it in one transaction; rejected files go to quarantine with the
/// reason. Re-running over the same files (also after a crash) stores nothing twice and leaves no orphaned files.
/// </summary>
public sealed class PhotoIngestService(IProjectMapStore store, PhotoFileStore files)
{
    private static readonly JsonSerializerOptions MetadataJsonOptions = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Files removed by the crash recovery at the start of the last run.</summary>
    public int RecoveredFiles { get; private set; }

    /// <summary>Ingests files (already expanded from folders), yielding each outcome as soon as it is stored.</summary>
    public IAsyncEnumerable<IngestFileResult> IngestAsync(IEnumerable<string> paths, IngestOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return IngestAsync(paths.Select(p => new IngestSource(p)), options, cancellationToken);
    }

    /// <summary>Ingests files, each with the name to record for it (uploads), yielding each outcome as soon as it is stored.</summary>
    public async IAsyncEnumerable<IngestFileResult> IngestAsync(IEnumerable<IngestSource> sources, IngestOptions options, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(options);
        RecoveredFiles = await files.RecoverAsync(IsRecordedAsync).ConfigureAwait(false);
        if (options.ProjectCode is { } code && await store.Projects.FindAsync(ProjectCode.Parse(code), cancellationToken).ConfigureAwait(false) is null)
        {
            throw new ProjectNotFoundException(code);
        }

        var matcher = new ParcelMatcher(await store.Projects.ListAsync(cancellationToken).ConfigureAwait(false));
        foreach (var source in sources)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return await IngestOneAsync(source, options, matcher, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<bool> IsRecordedAsync(string sha256) =>
        await store.Photos.FindAsync(sha256).ConfigureAwait(false) is not null ||
        await store.Photos.FindQuarantinedAsync(sha256).ConfigureAwait(false) is not null;

    private async Task<IngestFileResult> IngestOneAsync(IngestSource source, IngestOptions options, ParcelMatcher matcher, CancellationToken ct)
    {
        var path = source.Path;
        var name = PhotoInspector.SafeName(source.DisplayName ?? path);
        var limits = options.Inspection.Metadata;
        long length;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return new IngestFileResult(name, null, IngestOutcome.Rejected, "no such file", [], null, null, null);
            }

            length = info.Length;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return new IngestFileResult(name, null, IngestOutcome.Rejected, $"cannot read the file ({e.Message})", [], null, null, null);
        }

        if (length > limits.MaxFileBytes)
        {
            return new IngestFileResult(
                name, null, IngestOutcome.Rejected, string.Create(CultureInfo.InvariantCulture, $"file of {length} bytes is larger than the {limits.MaxFileBytes} bytes allowed; not copied"), [], null, null, null);
        }

        PhotoFileStore.Staged staged;
        try
        {
            staged = await files.StageAsync(path, ct).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new IngestFileResult(name, null, IngestOutcome.Rejected, $"cannot read the file ({e.Message})", [], null, null, null);
        }

        var sha = staged.Sha256;
        if (await store.Photos.FindAsync(sha, ct).ConfigureAwait(false) is { } existing)
        {
            PhotoFileStore.Discard(staged);
            return new IngestFileResult(name, sha, IngestOutcome.Duplicate, $"already stored (first ingested as {existing.FileName})", [], existing.Month?.ToString(), existing.ProjectCode, existing.StoredPath);
        }

        if (await store.Photos.FindQuarantinedAsync(sha, ct).ConfigureAwait(false) is { } quarantined)
        {
            PhotoFileStore.Discard(staged);
            return new IngestFileResult(name, sha, IngestOutcome.Duplicate, $"already in quarantine: {quarantined.Reason}", [], null, null, quarantined.StoredPath);
        }

        PhotoInspection inspection;
        await using (var stream = new FileStream(staged.TempPath, FileMode.Open, FileAccess.Read, FileShare.Read, 16 * 1024))
        {
            inspection = PhotoInspector.Inspect(stream, name, options.Inspection with { ComputeSha256 = false }) with { Sha256 = sha };
        }

        if (inspection.Status == InspectionStatus.Rejected || inspection.Footprint is null || inspection.Pose is null || inspection.Intrinsics is null)
        {
            var relative = PhotoFileStore.QuarantinePath(sha, Extension(inspection.Metadata?.Format, staged.TempPath));
            var reason = inspection.Reason ?? "not georeferenced";
            files.Publish(staged, relative);
            await store.Photos.QuarantineAsync(new QuarantinedFile(sha, name, staged.SizeBytes, reason, relative, DateTimeOffset.UtcNow), ct).ConfigureAwait(false);
            files.Commit(sha);
            return new IngestFileResult(name, sha, IngestOutcome.Rejected, reason, [], null, null, relative);
        }

        var matches = matcher.Match(sha, inspection.Footprint.LonLat);
        var warnings = inspection.Warnings.ToList();
        var project = options.ProjectCode;
        if (project is not null && matches.All(m => m.ProjectCode != project))
        {
            if (options.RequireProjectMatch)
            {
                PhotoFileStore.Discard(staged);
                return new IngestFileResult(
                    name, sha, IngestOutcome.Rejected, $"the photo's footprint does not touch project {project}'s parcel, so it is not filed under it; nothing was stored", [], inspection.CaptureMonth?.ToString(), null, null);
            }

            warnings.Add($"the photo's footprint does not touch project {project}'s parcel");
        }

        project ??= matches.OrderByDescending(m => m.PhotoOnParcelShare).FirstOrDefault()?.ProjectCode;
        var month = inspection.CaptureMonth;
        var path2 = PhotoFileStore.OriginalPath(sha, Extension(inspection.Metadata!.Format, staged.TempPath));
        var photo = ToStored(inspection, name, staged.SizeBytes, path2, warnings, project, options.Inspection.GroundOffsetM);
        files.Publish(staged, path2);
        var added = await store.Photos.AddAsync(photo, matches, ct).ConfigureAwait(false);
        files.Commit(sha);
        if (!added)
        {
            return new IngestFileResult(name, sha, IngestOutcome.Duplicate, "already stored (by a concurrent ingest)", [], month?.ToString(), project, path2);
        }

        return new IngestFileResult(
            name, sha, warnings.Count == 0 ? IngestOutcome.Accepted : IngestOutcome.AcceptedWithWarnings, null, warnings, month?.ToString(), project, path2);
    }

    private static StoredPhoto ToStored(PhotoInspection r, string name, long size, string storedPath, List<string> warnings, string? project, double groundOffset)
    {
        var pose = r.Pose!;
        var camera = r.Intrinsics!.Camera;
        var footprint = (NetTopologySuite.Geometries.Polygon)r.Footprint!.LonLat.Copy();
        footprint.SRID = 4490;
        return new StoredPhoto
        {
            Sha256 = r.Sha256!,
            FileName = name,
            SizeBytes = size,
            StoredPath = storedPath,
            Status = warnings.Count == 0 ? "ok" : "warning",
            Warnings = warnings,
            Make = r.Metadata!.Make?.Value,
            Model = r.Metadata.Model?.Value,
            CapturedAt = r.Metadata.CapturedAt?.Value,
            Month = r.CaptureMonth,
            ProjectCode = project,
            Footprint = footprint,
            LatitudeDeg = pose.Position.LatitudeDeg,
            LongitudeDeg = pose.Position.LongitudeDeg,
            HeightAboveGroundM = pose.HeightAboveGroundM,
            YawDeg = pose.Attitude.YawDeg,
            PitchDeg = pose.Attitude.PitchDeg,
            RollDeg = pose.Attitude.RollDeg,
            WidthPx = camera.WidthPx,
            HeightPx = camera.HeightPx,
            FocalLengthPx = camera.FocalLengthPx,
            PrincipalPointXPx = camera.PrincipalPointXPx,
            PrincipalPointYPx = camera.PrincipalPointYPx,
            IntrinsicsSource = PhotoInspectionJson.SourceName(r.Intrinsics.Source),
            GsdCm = r.GsdCm ?? 0,
            AccuracyM = r.AccuracyM ?? 0,
            GroundOffsetM = groundOffset,
            MetadataJson = JsonSerializer.Serialize(new { inspection = PhotoInspectionJson.From(r), sources = PhotoInspectionJson.Sources(r) }, MetadataJsonOptions),
            IngestedAt = DateTimeOffset.UtcNow,
        };
    }

    private static string Extension(PhotoFormat? format, string path)
    {
        if (format is { } f)
        {
            return f == PhotoFormat.Jpeg ? "jpg" : "tif";
        }

        Span<byte> magic = stackalloc byte[4];
        using var s = File.OpenRead(path);
        var n = s.ReadAtLeast(magic, 4, throwOnEndOfStream: false);
        if (n >= 3 && magic[0] == 0xFF && magic[1] == 0xD8 && magic[2] == 0xFF)
        {
            return "jpg";
        }

        return n == 4 && ((magic[0] == 'I' && magic[1] == 'I') || (magic[0] == 'M' && magic[1] == 'M')) ? "tif" : "bin";
    }
}
