using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Net.Http.Headers;
using ProjectMap.Application.Storage;
using ProjectMap.Web.Api;

namespace ProjectMap.Web.Photos;

/// <summary>
/// The drone photos in the viewer: <c>GET /api/photos</c> and <c>GET /api/photos.geojson</c> (footprints, filtered by
/// project, month and bbox; see <see cref="PhotoFilter"/>), <c>GET /api/photos/{sha256}</c> (one photo, its parcel
/// matches and warnings), <c>GET /api/photos/{sha256}/original</c> (the original bytes, from the content-addressed
/// file store, with its content type) and <c>GET /api/photos/{sha256}/preview?size=320|1600</c>. All need read access.
/// </summary>
public static class PhotoEndpoints
{
    private static readonly System.Text.Json.JsonSerializerOptions Compact = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Maps the endpoints.</summary>
    public static void Map(IEndpointRouteBuilder app, ViewerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var previews = new PhotoPreviews();

        app.MapGet("/api/photos", async (HttpContext c, IProjectMapStore store) =>
        {
            var (filter, error) = PhotoFilter.Read(c.Request.Query);
            if (filter is null)
            {
                return error!;
            }

            var photos = await filter.ApplyAsync(store, c.RequestAborted).ConfigureAwait(false);
            var array = new JsonArray([.. photos.Select(p =>
            {
                var f = PhotoFeatures.Feature(p, snakeCase: false);
                var o = (JsonObject)f["properties"]!.DeepClone();
                o["footprint"] = f["geometry"]!.DeepClone();
                return (JsonNode)o;
            })]);
            return Results.Text(array.ToJsonString(Compact), "application/json");
        });

        app.MapGet("/api/photos.geojson", async (HttpContext c, IProjectMapStore store) =>
        {
            var (filter, error) = PhotoFilter.Read(c.Request.Query);
            if (filter is null)
            {
                return error!;
            }

            var photos = await filter.ApplyAsync(store, c.RequestAborted).ConfigureAwait(false);
            return Results.Text(PhotoFeatures.Collection(photos, snakeCase: false).ToJsonString(Compact), "application/geo+json");
        });

        app.MapGet("/api/photos/{sha256}", async (string sha256, HttpContext c, IProjectMapStore store) =>
        {
            if (await FindAsync(sha256, store, c.RequestAborted).ConfigureAwait(false) is not { } photo)
            {
                return NotFound(sha256);
            }

            var feature = PhotoFeatures.Feature(photo, snakeCase: false);
            var matches = await store.Photos.MatchesAsync(photo.Sha256, c.RequestAborted).ConfigureAwait(false);
            var corrections = await store.Photos.CorrectionsAsync(photo.Sha256, c.RequestAborted).ConfigureAwait(false);
            feature["matches"] = new JsonArray([.. matches.Select(m => (JsonNode)new JsonObject
            {
                ["projectCode"] = m.ProjectCode,
                ["parcelCoveredPct"] = Math.Round(m.ParcelCoveredShare * 100, 1),
                ["photoOnParcelPct"] = Math.Round(m.PhotoOnParcelShare * 100, 1),
            })]);
            feature["corrections"] = corrections.Count;
            feature["intrinsicsSource"] = photo.IntrinsicsSource;
            feature["originalAvailable"] = options.PhotoFilesRoot is not null;
            return Results.Text(feature.ToJsonString(Compact), "application/geo+json");
        });

        app.MapGet("/api/photos/{sha256}/original", async (string sha256, HttpContext c, IProjectMapStore store) =>
        {
            if (await FindAsync(sha256, store, c.RequestAborted).ConfigureAwait(false) is not { } photo)
            {
                return NotFound(sha256);
            }

            if (OriginalPath(options, photo) is not { } path)
            {
                return Missing(options);
            }

            var disposition = new ContentDispositionHeaderValue("inline");
            disposition.SetHttpFileName(DisplayName(photo.FileName));
            c.Response.Headers.ContentDisposition = disposition.ToString();
            return Immutable(c, path, ContentType(path), photo.Sha256);
        });

        app.MapGet("/api/photos/{sha256}/preview", async (string sha256, int? size, HttpContext c, IProjectMapStore store) =>
        {
            var wanted = size ?? PhotoPreviews.Sizes[0];
            if (!PhotoPreviews.Sizes.Contains(wanted))
            {
                return ApiErrors.Error(StatusCodes.Status400BadRequest, $"size must be one of {string.Join(", ", PhotoPreviews.Sizes)} (pixels, longest side)", "bad-size");
            }

            if (await FindAsync(sha256, store, c.RequestAborted).ConfigureAwait(false) is not { } photo)
            {
                return NotFound(sha256);
            }

            if (OriginalPath(options, photo) is not { } path)
            {
                return Missing(options);
            }

            try
            {
                var preview = await previews.GetAsync(options.PhotoFilesRoot!, photo.Sha256, path, wanted, c.RequestAborted).ConfigureAwait(false);
                return Immutable(c, preview, "image/jpeg", string.Create(CultureInfo.InvariantCulture, $"{photo.Sha256}-{wanted}"));
            }
            catch (Exception e) when (e is SixLabors.ImageSharp.ImageFormatException or SixLabors.ImageSharp.UnknownImageFormatException or NotSupportedException)
            {
                return ApiErrors.Error(StatusCodes.Status422UnprocessableEntity, $"no preview: the original cannot be decoded ({e.Message}); open the original instead", "no-preview");
            }
        });
    }

    /// <summary>The last segment of a stored file name (the command line records the path it was given).</summary>
    public static string DisplayName(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        var cut = fileName.LastIndexOfAny(['/', '\\']);
        return cut >= 0 && cut < fileName.Length - 1 ? fileName[(cut + 1)..] : fileName;
    }

    /// <summary>True for 64 lowercase hexadecimal digits.</summary>
    public static bool IsSha256(string text) => text is { Length: 64 } && text.All(char.IsAsciiHexDigitLower);

    private static async Task<StoredPhoto?> FindAsync(string sha256, IProjectMapStore store, CancellationToken ct) =>
        IsSha256(sha256) ? await store.Photos.FindAsync(sha256, ct).ConfigureAwait(false) : null;

    private static IResult NotFound(string sha256) => ApiErrors.Error(StatusCodes.Status404NotFound, $"no stored photo '{sha256}'", "not-found");

    private static IResult Missing(ViewerOptions options) => options.PhotoFilesRoot is null
        ? ApiErrors.Error(StatusCodes.Status404NotFound, "this server was started without the photo folder, so originals cannot be opened (projectmap serve --files DIR)", "no-files")
        : ApiErrors.Error(StatusCodes.Status404NotFound, "the original is missing from the photo folder", "file-missing");

    private static string? OriginalPath(ViewerOptions options, StoredPhoto photo)
    {
        if (options.PhotoFilesRoot is not { } root)
        {
            return null;
        }

        var full = Path.GetFullPath(Path.Combine(root, photo.StoredPath));
        var inside = full.StartsWith(Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        return inside && File.Exists(full) ? full : null;
    }

    private static string ContentType(string path) => Path.GetExtension(path).ToUpperInvariant() switch
    {
        ".JPG" or ".JPEG" => "image/jpeg",
        ".TIF" or ".TIFF" => "image/tiff",
        _ => "application/octet-stream",
    };

    private static IResult Immutable(HttpContext c, string path, string contentType, string tag)
    {
        c.Response.Headers.CacheControl = "private, max-age=31536000, immutable";
        return Results.File(path, contentType, lastModified: File.GetLastWriteTimeUtc(path), entityTag: new EntityTagHeaderValue($"\"{tag}\""), enableRangeProcessing: true);
    }
}
