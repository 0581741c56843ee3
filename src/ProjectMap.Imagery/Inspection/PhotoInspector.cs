using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using ProjectMap.Imagery.Cameras;
using ProjectMap.Imagery.Georeferencing;
using ProjectMap.Imagery.Metadata;

namespace ProjectMap.Imagery.Inspection;

/// <summary>
/// Inspects photos: reads the headers (never the pixels), resolves camera and pose, georeferences the photo on the
/// flat-ground model and estimates its accuracy. Never throws for a bad file: every failure becomes a rejected
/// inspection with its reason.
/// </summary>
public static class PhotoInspector
{
    private const int HashBufferBytes = 1 << 20;

    /// <summary>Inspects a file on disk; <paramref name="displayName"/> (default: the file name) is only shown, never used as a path.</summary>
    public static PhotoInspection InspectFile(string path, InspectionOptions? options = null, string? displayName = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var name = SafeName(displayName ?? Path.GetFileName(path));
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 16 * 1024);
            return Inspect(stream, name, options);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return Rejected(name, 0, null, $"cannot read the file ({OneLine(e.Message)})");
        }
    }

    /// <summary>Inspects a seekable stream holding a whole file, from its start.</summary>
    public static PhotoInspection Inspect(Stream stream, string displayName, InspectionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        options ??= InspectionOptions.Default;
        var name = SafeName(displayName);
        long size = 0;
        string? sha = null;
        try
        {
            size = stream.Length;
            if (size > options.Metadata.MaxFileBytes)
            {
                return Rejected(name, size, null, string.Create(CultureInfo.InvariantCulture, $"file of {size} bytes is larger than the {options.Metadata.MaxFileBytes} bytes allowed"));
            }

            if (options.ComputeSha256)
            {
                sha = Sha256Hex(stream);
                stream.Position = 0;
            }

            var metadata = PhotoMetadataReader.Read(stream, options.Metadata);
            return Georeference(metadata, name, size, sha, options);
        }
        catch (PhotoRejectedException e)
        {
            return Rejected(name, size, sha, e.Message);
        }
        catch (Exception e) when (e is not OutOfMemoryException and not OperationCanceledException)
        {
            return Rejected(name, size, sha, $"unexpected error reading the file ({e.GetType().Name}: {OneLine(e.Message)})");
        }
    }

    /// <summary>Georeferences already-read metadata; returns a rejected inspection when the camera or pose cannot be resolved.</summary>
    public static PhotoInspection Georeference(PhotoMetadata metadata, string displayName, long sizeBytes, string? sha256, InspectionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        options ??= InspectionOptions.Default;
        var name = SafeName(displayName);
        var warnings = new List<string>(metadata.Notes);
        CameraIntrinsics? intrinsics = null;
        PhotoPose? pose = null;
        try
        {
            intrinsics = IntrinsicsResolver.Resolve(metadata);
            pose = PoseResolver.Resolve(metadata, options, warnings);
            var georeference = new PhotoGeoreference(intrinsics.Camera, pose.Position, pose.HeightAboveGroundM, pose.Attitude, options.MaxGroundDistanceM);
            // On flat ground image edges map to straight lines (a homography), so the four corners give the exact footprint;
            // only when rays are clamped near the horizon do edge samples add shape.
            var footprint = georeference.Footprint(samplesPerEdge: 1);
            if (footprint.HorizonClamped)
            {
                footprint = georeference.Footprint();
            }

            if (footprint.HorizonClamped)
            {
                warnings.Add(string.Create(CultureInfo.InvariantCulture, $"oblique photo: rays near or above the horizon were clamped at {options.MaxGroundDistanceM:0} m, so the footprint's far edge is not the photo's"));
            }

            if (metadata.Orientation is { Value: not 1 } orientation)
            {
                warnings.Add($"EXIF Orientation is {orientation.Value}: pixel coordinates refer to the stored image, not the rotated view");
            }

            if (metadata.CapturedAt is null)
            {
                warnings.Add("no capture time (EXIF DateTimeOriginal): the photo cannot be filed under a month");
            }

            var gsd = georeference.GroundSampleDistanceAtCentreM();
            var accuracy = AccuracyEstimator.HorizontalErrorM(georeference, pose.GnssSigmaM, intrinsics.RelativeScaleUncertainty, options.ErrorModel);
            return new PhotoInspection
            {
                FileName = name,
                SizeBytes = sizeBytes,
                Sha256 = sha256,
                Status = warnings.Count == 0 ? InspectionStatus.Ok : InspectionStatus.Warning,
                Warnings = warnings,
                Metadata = metadata,
                Intrinsics = intrinsics,
                Pose = pose,
                Georeference = georeference,
                Footprint = footprint,
                GsdCm = double.IsFinite(gsd) ? gsd * 100 : null,
                AccuracyM = accuracy,
            };
        }
        catch (PhotoRejectedException e)
        {
            return Rejected(name, sizeBytes, sha256, e.Message) with { Metadata = metadata, Intrinsics = intrinsics, Pose = pose, Warnings = warnings };
        }
        catch (ArgumentOutOfRangeException e)
        {
            return Rejected(name, sizeBytes, sha256, $"the pose cannot be georeferenced ({OneLine(e.Message)})") with { Metadata = metadata, Intrinsics = intrinsics, Pose = pose, Warnings = warnings };
        }
    }

    /// <summary>The SHA-256 of a stream's remaining bytes as 64 lowercase hex digits, reading it in 1 MiB blocks.</summary>
    public static string Sha256Hex(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(HashBufferBytes);
        try
        {
            int read;
            while ((read = stream.Read(buffer, 0, HashBufferBytes)) > 0)
            {
                hash.AppendData(buffer, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>A file name made safe to print and store: control characters replaced by '?', at most 255 characters.</summary>
    public static string SafeName(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return "(unnamed)";
        }

        var safe = PhotoMetadataReader.Printable(name);
        return safe.Length > 255 ? safe[..255] : safe;
    }

    private static PhotoInspection Rejected(string name, long size, string? sha, string reason) => new()
    {
        FileName = name,
        SizeBytes = size,
        Sha256 = sha,
        Status = InspectionStatus.Rejected,
        Reason = reason,
    };

    private static string OneLine(string s) => PhotoMetadataReader.Printable(s.ReplaceLineEndings(" ")).Trim();
}
