using ProjectMap.Application.Storage;
using ProjectMap.Web.Security;

namespace ProjectMap.Web.Api;

/// <summary><c>GET /api/audit?limit=&amp;before=&amp;user=&amp;target=</c>: the audit log, newest first, for admins.</summary>
public static class AuditEndpoints
{
    /// <summary>Maps the endpoint.</summary>
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/audit", async (HttpContext context, IProjectMapStore store, int? limit, long? before, string? user, string? target) =>
        {
            if (CurrentAccount.Get(context) is not { CanAdminister: true })
            {
                return ApiErrors.Error(StatusCodes.Status403Forbidden, "only admins read the audit log", "forbidden");
            }

            var entries = await store.Audit.ListAsync(new AuditQuery(limit ?? 100, before, user, target), context.RequestAborted).ConfigureAwait(false);
            return Results.Json(entries);
        });
    }
}
