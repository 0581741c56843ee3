using ProjectMap.Application.Storage;
using ProjectMap.Web.Basemaps;

namespace ProjectMap.Web.Api;

/// <summary>
/// <c>GET /api/config</c>: title, basemaps (none unless configured), capabilities, the milestone chain (stage order and
/// names, from the ledger's template) and the upload limits.
/// </summary>
public static class ConfigEndpoints
{
    /// <summary>Maps the endpoint.</summary>
    public static void Map(IEndpointRouteBuilder app, ViewerOptions options, IReadOnlyList<ClientBasemap> basemaps)
    {
        ArgumentNullException.ThrowIfNull(options);
        app.MapGet("/api/config", async (IProjectMapStore store, CancellationToken ct) =>
        {
            var template = await store.Ledger.GetTemplateAsync(ct).ConfigureAwait(false);
            return Results.Json(new
            {
                title = options.Title,
                basemaps,
                defaultBasemap = options.DefaultBasemap is null or "none" ? null : options.DefaultBasemap,
                capabilities = ViewerCapabilities.For(options),
                stages = template.Steps.Select(s => new { key = s.Key, zh = s.NameZh, en = s.NameEn, weight = s.Weight }),
                anonymousRead = options.AllowAnonymousRead,
                uploads = new
                {
                    maxFileBytes = options.Uploads.MaxFileBytes,
                    maxFilesPerBatch = options.Uploads.MaxFilesPerBatch,
                    maxOpenUploads = options.Uploads.MaxOpenUploads,
                    chunkBytes = options.Uploads.ChunkBytes,
                    expiryHours = options.Uploads.Expiry.TotalHours,
                },
            });
        });
    }
}
