using System.Text.Json;
using ProjectMap.Application.Projects;
using ProjectMap.Application.Serialization;
using ProjectMap.Application.Storage;
using ProjectMap.Domain.Access;
using ProjectMap.Domain.Projects;
using ProjectMap.Web.Security;

namespace ProjectMap.Web.Api;

/// <summary>
/// The projects API: <c>GET /api/projects</c> (headline figures), <c>GET /api/projects.geojson</c> (parcels as a
/// FeatureCollection), <c>GET /api/projects/{code}</c> (all facts, buildings, what the caller may edit) and
/// <c>PATCH /api/projects/{code}</c> (facts, admins; checked and audited). The stage (形象进度) is not edited here: it
/// follows the ledger's milestones (<see cref="Ledger.LedgerEndpoints"/>).
/// </summary>
public static class ProjectEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/projects", async (IProjectMapStore store, CancellationToken ct) =>
            Results.Json((await store.Projects.ListAsync(ct).ConfigureAwait(false)).Select(ProjectSummary.Of)));

        app.MapGet("/api/projects.geojson", async (IProjectMapStore store, CancellationToken ct) =>
            Results.Text(ProjectFeatures.Collection(await store.Projects.ListAsync(ct).ConfigureAwait(false), snakeCase: false).ToJsonString(Compact), "application/geo+json"));

        app.MapGet("/api/projects/{code}", async (string code, HttpContext context, IProjectMapStore store, CancellationToken ct) =>
        {
            if (!ProjectCode.TryParse(code, out var parsed, out var problem))
            {
                return ApiErrors.Error(StatusCodes.Status400BadRequest, problem, "bad-code");
            }

            var project = await store.Projects.FindAsync(parsed, ct).ConfigureAwait(false);
            return project is null ? ApiErrors.Error(StatusCodes.Status404NotFound, $"no project with code '{parsed}'", "not-found") : Results.Json(Describe(project, CurrentAccount.Get(context)));
        });

        app.MapMethods("/api/projects/{code}", ["PATCH"], async (string code, JsonElement body, HttpContext context, IProjectMapStore store, WriteGuard guard, Auditor auditor) =>
        {
            if (!ProjectCode.TryParse(code, out var parsed, out var problem))
            {
                return ApiErrors.Error(StatusCodes.Status400BadRequest, problem, "bad-code");
            }

            if (await guard.RefuseUnlessAsync(context, a => a.CanAdminister, "project.update", parsed.Value, "only admins edit a project's facts").ConfigureAwait(false) is { } refusal)
            {
                return refusal;
            }

            var project = await store.Projects.FindAsync(parsed, context.RequestAborted).ConfigureAwait(false);
            if (project is null)
            {
                return ApiErrors.Error(StatusCodes.Status404NotFound, $"no project with code '{parsed}'", "not-found");
            }

            try
            {
                var (changed, changes) = ProjectPatch.Apply(project, body);
                if (changes.Count > 0)
                {
                    await store.Projects.UpdateAsync(changed, context.RequestAborted).ConfigureAwait(false);
                    await auditor.RecordAsync(context, "project.update", parsed.Value, AuditOutcome.Done, changes.ToJsonString(Compact)).ConfigureAwait(false);
                }

                return Results.Json(Describe(changed, CurrentAccount.Get(context)));
            }
            catch (FormatException e)
            {
                await auditor.RecordAsync(context, "project.update", parsed.Value, AuditOutcome.Failed, e.Message).ConfigureAwait(false);
                return ApiErrors.Error(StatusCodes.Status400BadRequest, e.Message, "bad-value");
            }
        });
    }

    private static readonly JsonSerializerOptions Compact = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static object Describe(Project p, UserAccount? account)
    {
        var s = ProjectSummary.Of(p);
        return new
        {
            s.Code,
            s.Name,
            s.NameEn,
            s.Park,
            p.Location,
            s.Industry,
            s.PlannedInvestmentWan,
            s.BuildingFloorAreaM2,
            s.AreaM2,
            s.AreaMu,
            s.DeclaredAreaMu,
            s.AreaDifferencePct,
            s.AreaWarning,
            s.StartDate,
            s.PlannedCompletion,
            s.Stage,
            p.PhotovoltaicKwp,
            buildings = p.Buildings.Select(b => new { b.NameZh, b.NameEn, kind = b.Kind.ToString(), b.FloorAreaM2, b.Storeys }),
            parcel = p.Parcel.IsEmpty ? (JsonElement?)null : GeoJson.ToElement(p.Parcel),
            canEditLedger = account?.CanEdit(p.Code) ?? false,
            canEditFacts = account?.CanAdminister ?? false,
            canUpload = account?.CanEdit(p.Code) ?? false,
        };
    }
}
