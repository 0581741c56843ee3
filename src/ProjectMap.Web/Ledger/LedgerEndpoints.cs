using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ProjectMap.Application.Ledger;
using ProjectMap.Application.Storage;
using ProjectMap.Domain.Access;
using ProjectMap.Domain.Ledger;
using ProjectMap.Domain.Projects;
using ProjectMap.Domain.Time;
using ProjectMap.Web.Api;
using ProjectMap.Web.Security;

namespace ProjectMap.Web.Ledger;

/// <summary>
/// The progress ledger in the viewer: <c>GET /api/timeline</c> (the months with data, the default month),
/// <c>GET /api/status?month=</c> (every project's status as of the month's end), <c>GET /api/projects/{code}/milestones?month=</c>
/// (the milestone strip and its change log), <c>GET /api/projects/{code}/investment?month=</c> (the investment chart) and
/// <c>PUT /api/projects/{code}/milestones/{step}</c>: an officer (assigned projects) or admin records a milestone's dates
/// with a reason, through the ledger, which keeps the project's stage (形象进度) current. Every write is checked and audited.
/// </summary>
public static class LedgerEndpoints
{
    private static readonly JsonSerializerOptions Compact = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The status rules the viewer judges with (the ledger's defaults, as <c>projectmap status</c> without options).</summary>
    public static StatusRules Rules => StatusRules.Default;

    /// <summary>Maps the endpoints.</summary>
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/timeline", async (IProjectMapStore store, TimeProvider time, CancellationToken ct) =>
        {
            var t = await LedgerTimeline.BuildAsync(store, time.GetUtcNow(), ct).ConfigureAwait(false);
            return Results.Json(new
            {
                first = t.First.ToString(),
                last = t.Last.ToString(),
                @default = t.Default.ToString(),
                months = t.Months,
                photoMonths = t.PhotoMonths,
                returnMonths = t.ReturnMonths,
            });
        });

        app.MapGet("/api/status", async (string? month, IProjectMapStore store, TimeProvider time, CancellationToken ct) =>
        {
            var (m, error) = await MonthAsync(month, store, time, ct).ConfigureAwait(false);
            if (error is not null)
            {
                return error;
            }

            var statuses = await StatusReportService.BuildAsync(store, m, Rules, null, ct).ConfigureAwait(false);
            var withMilestones = (await store.Ledger.ListAsync(ct).ConfigureAwait(false)).Where(l => l.Baselines.Count > 0).Select(l => l.Code).ToHashSet();
            return Results.Json(new
            {
                month = m.ToString(),
                asOf = DistrictTime.EndOf(m),
                projects = statuses.Select(s => StatusView.Of(s, withMilestones.Contains(s.Code))),
            });
        });

        app.MapGet("/api/projects/{code}/milestones", async (string code, string? month, HttpContext context, IProjectMapStore store, TimeProvider time) =>
        {
            var ct = context.RequestAborted;
            var (project, m, error) = await ResolveAsync(code, month, store, time, ct).ConfigureAwait(false);
            if (project is null)
            {
                return error!;
            }

            var ledger = await store.Ledger.GetAsync(project.Code, ct).ConfigureAwait(false);
            var canEdit = CurrentAccount.Get(context)?.CanEdit(project.Code) ?? false;
            return Results.Json(MilestoneView.Build(project.Code, ledger, m, Rules, canEdit));
        });

        app.MapGet("/api/projects/{code}/investment", async (string code, string? month, IProjectMapStore store, TimeProvider time, CancellationToken ct) =>
        {
            var (project, m, error) = await ResolveAsync(code, month, store, time, ct).ConfigureAwait(false);
            if (project is null)
            {
                return error!;
            }

            var ledger = await store.Ledger.GetAsync(project.Code, ct).ConfigureAwait(false);
            return Results.Json(InvestmentSeries.Build(project, ledger, m));
        });

        app.MapPut("/api/projects/{code}/milestones/{step}", async (string code, string step, MilestoneRequest request, HttpContext context, IProjectMapStore store, WriteGuard guard, Auditor auditor, TimeProvider time) =>
        {
            if (!ProjectCode.TryParse(code, out var parsed, out var problem))
            {
                return ApiErrors.Error(StatusCodes.Status400BadRequest, problem, "bad-code");
            }

            if (await guard.RefuseUnlessAsync(context, a => a.CanEdit(parsed), "milestone.set", parsed.Value, $"project {parsed} is not assigned to you").ConfigureAwait(false) is { } refusal)
            {
                return refusal;
            }

            var account = CurrentAccount.Get(context)!;
            var detail = new JsonObject
            {
                ["step"] = step,
                ["actual"] = request.Actual,
                ["planned"] = request.Planned,
                ["forecast"] = request.Forecast,
                ["clearActual"] = request.ClearActual,
                ["clearForecast"] = request.ClearForecast,
                ["reason"] = request.Reason,
            };
            try
            {
                var reason = request.Reason?.Trim() ?? string.Empty;
                if (reason.Length is 0 or > 200)
                {
                    throw new LedgerRuleException("give the reason (原因) for the change, 1 to 200 characters", "reason");
                }

                var update = new MilestoneUpdate
                {
                    Code = parsed,
                    Step = step,
                    Actual = Date(request.Actual, "actual"),
                    Planned = Date(request.Planned, "planned"),
                    Forecast = Date(request.Forecast, "forecast"),
                    ClearActual = request.ClearActual ?? false,
                    ClearForecast = request.ClearForecast ?? false,
                    Reason = reason,
                    By = Recorder(account),
                    RecordedAt = time.GetUtcNow(),
                };
                if ((update.Actual is not null && update.ClearActual) || (update.Forecast is not null && update.ClearForecast))
                {
                    throw new LedgerRuleException("give a date or clear it, not both");
                }

                var changes = await LedgerService.SetMilestoneAsync(store, update, context.RequestAborted).ConfigureAwait(false);
                detail["changes"] = new JsonArray([.. changes.Select(c => (JsonNode)new JsonObject
                {
                    ["field"] = MilestoneView.FieldWord(c.Field),
                    ["old"] = c.OldValue,
                    ["new"] = c.NewValue,
                })]);
                await auditor.RecordAsync(context, "milestone.set", parsed.Value, AuditOutcome.Done, detail.ToJsonString(Compact)).ConfigureAwait(false);
                var ledger = await store.Ledger.GetAsync(parsed, context.RequestAborted).ConfigureAwait(false);
                var month = YearMonth.Of(DistrictTime.DateOf(update.RecordedAt));
                return Results.Json(new { changed = changes.Count, milestones = MilestoneView.Build(parsed, ledger, month, Rules, canEdit: true) });
            }
            catch (Exception e) when (e is LedgerRuleException or FormatException or StoreException)
            {
                detail["error"] = e.Message;
                await auditor.RecordAsync(context, "milestone.set", parsed.Value, AuditOutcome.Failed, detail.ToJsonString(Compact)).ConfigureAwait(false);
                return e switch
                {
                    ProjectNotFoundException => ApiErrors.Error(StatusCodes.Status404NotFound, $"no project with code '{parsed}'", "not-found"),
                    LedgerConflictException => ApiErrors.Error(StatusCodes.Status409Conflict, e.Message, "conflict"),
                    _ => ApiErrors.Error(StatusCodes.Status400BadRequest, e.Message, "bad-value"),
                };
            }
        });
    }

    /// <summary>The name the ledger records for a change made by an account: the display name with the login, e.g. 王专员（wang）.</summary>
    public static string Recorder(UserAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        return account.DisplayName is { Length: > 0 } d ? $"{d}（{account.Name.Value}）" : account.Name.Value;
    }

    /// <summary>The month asked for, or the timeline's default month.</summary>
    public static async Task<(YearMonth Month, IResult? Error)> MonthAsync(string? month, IProjectMapStore store, TimeProvider time, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(time);
        if (!string.IsNullOrWhiteSpace(month))
        {
            return MonthQuery.Read(month, default);
        }

        var timeline = await LedgerTimeline.BuildAsync(store, time.GetUtcNow(), ct).ConfigureAwait(false);
        return (timeline.Default, null);
    }

    private static async Task<(Project? Project, YearMonth Month, IResult? Error)> ResolveAsync(string code, string? month, IProjectMapStore store, TimeProvider time, CancellationToken ct)
    {
        if (!ProjectCode.TryParse(code, out var parsed, out var problem))
        {
            return (null, default, ApiErrors.Error(StatusCodes.Status400BadRequest, problem, "bad-code"));
        }

        var (m, error) = await MonthAsync(month, store, time, ct).ConfigureAwait(false);
        if (error is not null)
        {
            return (null, m, error);
        }

        var project = await store.Projects.FindAsync(parsed, ct).ConfigureAwait(false);
        return project is null ? (null, m, ApiErrors.Error(StatusCodes.Status404NotFound, $"no project with code '{parsed}'", "not-found")) : (project, m, null);
    }

    private static DateOnly? Date(string? text, string name)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw new FormatException($"'{name}' must be a date written yyyy-MM-dd, not '{text}'");
    }
}
