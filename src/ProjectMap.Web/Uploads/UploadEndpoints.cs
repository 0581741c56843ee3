using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Features;
using ProjectMap.Application.Photos;
using ProjectMap.Application.Serialization;
using ProjectMap.Application.Storage;
using ProjectMap.Domain.Access;
using ProjectMap.Domain.Projects;
using ProjectMap.Imagery.Inspection;
using ProjectMap.Web.Api;
using ProjectMap.Web.Security;

namespace ProjectMap.Web.Uploads;

/// <summary>
/// The officers' resumable photo upload, one file at a time in chunks:
/// <c>POST /api/uploads</c> {fileName, size, project, sha256?} starts a file (or answers at once when the photo is
/// already stored); <c>PUT /api/uploads/{id}?offset=N</c> with the raw bytes from N appends a chunk (409 with the right
/// offset when N is not where the upload stands); <c>GET /api/uploads/{id}</c> says how far it got, so a dropped upload
/// continues where it stopped; <c>POST /api/uploads/{id}/complete</c> checks the bytes (size, and SHA-256 when given)
/// and ingests the photo (georeference, parcel match, content-addressed original kept byte for byte), answering its
/// outcome and footprint; <c>GET /api/uploads</c> lists the user's uploads; <c>DELETE /api/uploads/{id}</c> cancels one.
/// Role and assignment are checked (<see cref="UploadRules"/>), every write needs the antiforgery token, and starts
/// refused, outcomes and cancellations are audited as <c>photo.upload</c>.
/// </summary>
public static class UploadEndpoints
{
    private const string Action = "photo.upload";
    private static readonly JsonSerializerOptions Compact = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Maps the endpoints; without a photo folder every call answers that uploads are off.</summary>
    public static void Map(IEndpointRouteBuilder app, ViewerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var limits = options.Uploads;
        var group = app.MapGroup("/api/uploads");
        if (options.PhotoFilesRoot is not { } root)
        {
            group.Map("/{**rest}", () => ApiErrors.Error(StatusCodes.Status503ServiceUnavailable,
                "this server was started without a photo folder, so it cannot receive photos (projectmap serve --files DIR)", "no-files"));
            group.Map("/", () => ApiErrors.Error(StatusCodes.Status503ServiceUnavailable,
                "this server was started without a photo folder, so it cannot receive photos (projectmap serve --files DIR)", "no-files"));
            return;
        }

        var uploads = new UploadStore(root, limits, TimeProvider.System);
        var files = new PhotoFileStore(root);

        group.MapPost("/", async (UploadCreateRequest request, HttpContext context, IProjectMapStore store, WriteGuard guard, Auditor auditor, TimeProvider time) =>
        {
            var fileName = PhotoInspector.SafeName(request.FileName?.Trim());
            ProjectCode? project = null;
            if (!string.IsNullOrWhiteSpace(request.Project))
            {
                if (!ProjectCode.TryParse(request.Project, out var code, out var problem))
                {
                    return ApiErrors.Error(StatusCodes.Status400BadRequest, problem, "bad-code");
                }

                project = code;
            }

            var target = project?.Value ?? fileName;
            if (await guard.RefuseUnlessAsync(context, a => UploadRules.Refusal(a, project) is null, Action, target, Why(context, project)).ConfigureAwait(false) is { } refusal)
            {
                return refusal;
            }

            if (project is { } p && await store.Projects.FindAsync(p, context.RequestAborted).ConfigureAwait(false) is null)
            {
                return ApiErrors.Error(StatusCodes.Status404NotFound, $"no project with code '{p}'", "not-found");
            }

            if (request.Size is not { } size || size <= 0)
            {
                return ApiErrors.Error(StatusCodes.Status400BadRequest, $"{fileName}: the size must be given in bytes and be more than 0 (an empty file is not a photo)", "bad-size");
            }

            if (size > limits.MaxFileBytes)
            {
                var message = string.Create(CultureInfo.InvariantCulture, $"{fileName} is {Mib(size)}; files up to {Mib(limits.MaxFileBytes)} are accepted");
                await auditor.RecordAsync(context, Action, target, AuditOutcome.Refused, message).ConfigureAwait(false);
                return ApiErrors.Error(StatusCodes.Status413PayloadTooLarge, message, "too-large");
            }

            string? sha = null;
            if (!string.IsNullOrWhiteSpace(request.Sha256))
            {
                var hex = request.Sha256.Trim();
                if (hex.Length != 64 || !hex.All(char.IsAsciiHexDigit))
                {
                    return ApiErrors.Error(StatusCodes.Status400BadRequest, "sha256 must be 64 hexadecimal digits", "bad-sha256");
                }

                sha = Convert.ToHexStringLower(Convert.FromHexString(hex));
            }

            var account = CurrentAccount.Get(context)!;
            var owner = account.Name.Key;
            uploads.Sweep();
            if (uploads.ListFor(owner).Count(s => !s.Finished) >= limits.MaxOpenUploads)
            {
                var message = string.Create(CultureInfo.InvariantCulture, $"you have {limits.MaxOpenUploads} unfinished uploads, the most allowed; finish or cancel some first");
                await auditor.RecordAsync(context, Action, target, AuditOutcome.Refused, message).ConfigureAwait(false);
                return ApiErrors.Error(StatusCodes.Status429TooManyRequests, message, "too-many");
            }

            var session = new UploadSession
            {
                Id = UploadStore.NewId(),
                Owner = owner,
                FileName = fileName,
                Size = size,
                Project = project?.Value,
                Sha256 = sha,
                CreatedAt = time.GetUtcNow(),
            };
            if (sha is not null && await AlreadyStoredAsync(store, session, context.RequestAborted).ConfigureAwait(false) is { } known)
            {
                session = session with { Result = known };
                await uploads.SaveAsync(session, context.RequestAborted).ConfigureAwait(false);
                await AuditResultAsync(auditor, context, session, known).ConfigureAwait(false);
                return Results.Json(Describe(session, uploads, limits), statusCode: StatusCodes.Status201Created);
            }

            await uploads.SaveAsync(session, context.RequestAborted).ConfigureAwait(false);
            return Results.Json(Describe(session, uploads, limits), statusCode: StatusCodes.Status201Created);
        });

        group.MapGet("/", (HttpContext context) => CurrentAccount.Get(context) is { } account
            ? Results.Json(uploads.ListFor(account.Name.Key).Select(s => Describe(s, uploads, limits)))
            : ApiErrors.Error(StatusCodes.Status401Unauthorized, "sign in to upload photos", "unauthenticated"));

        group.MapGet("/{id}", (string id, HttpContext context) => Own(context, uploads, id) is { } session
            ? Results.Json(Describe(session, uploads, limits))
            : NotFound(id));

        group.MapPut("/{id}", async (string id, long? offset, HttpContext context) =>
        {
            if (Own(context, uploads, id) is not { } session)
            {
                return NotFound(id);
            }

            if (session.Finished)
            {
                return ApiErrors.Error(StatusCodes.Status409Conflict, "this upload is finished", "finished");
            }

            if (offset is not { } at || at < 0)
            {
                return ApiErrors.Error(StatusCodes.Status400BadRequest, "give ?offset=N, the byte position of the chunk in the file", "bad-offset");
            }

            if (context.Request.ContentLength is not { } length)
            {
                return ApiErrors.Error(StatusCodes.Status411LengthRequired, "send the chunk with its Content-Length", "length-required");
            }

            if (length > limits.ChunkBytes)
            {
                return ApiErrors.Error(StatusCodes.Status413PayloadTooLarge, string.Create(CultureInfo.InvariantCulture, $"a chunk may hold at most {limits.ChunkBytes} bytes"), "chunk-too-large");
            }

            if (at + length > session.Size)
            {
                return ApiErrors.Error(StatusCodes.Status400BadRequest, string.Create(CultureInfo.InvariantCulture, $"the chunk ends at byte {at + length}, past the file's {session.Size} bytes"), "past-end");
            }

            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodyLimit)
            {
                bodyLimit.MaxRequestBodySize = limits.ChunkBytes;
            }

            try
            {
                var received = await uploads.AppendAsync(session.Id, at, context.Request.Body, length, context.RequestAborted).ConfigureAwait(false);
                return Results.Json(new { id = session.Id, offset = received, size = session.Size });
            }
            catch (UploadConflictException e)
            {
                return Results.Json(new { error = e.Message, code = "wrong-offset", offset = e.Received }, statusCode: StatusCodes.Status409Conflict);
            }
            catch (IOException e) when (IsDiskFull(e))
            {
                return ApiErrors.Error(StatusCodes.Status507InsufficientStorage, "the server's disk is full; tell the administrator", "disk-full");
            }
            catch (Exception e) when (e is IOException or OperationCanceledException or BadHttpRequestException)
            {
                // The connection dropped or the body was cut short: what arrived is kept; the client asks GET for the offset.
                var kept = uploads.Received(session.Id);
                return Results.Json(new { error = string.Create(CultureInfo.InvariantCulture, $"the chunk was cut off; continue from offset {kept}"), code = "cut-off", offset = kept }, statusCode: StatusCodes.Status400BadRequest);
            }
        });

        group.MapPost("/{id}/complete", async (string id, HttpContext context, IProjectMapStore store, Auditor auditor) =>
        {
            if (Own(context, uploads, id) is not { } session)
            {
                return NotFound(id);
            }

            var account = CurrentAccount.Get(context)!;
            var gate = uploads.LockFor(session.Id);
            await gate.WaitAsync(context.RequestAborted).ConfigureAwait(false);
            try
            {
                session = uploads.Find(session.Id, session.Owner)!;
                if (session.Finished)
                {
                    return Results.Json(Describe(session, uploads, limits));
                }

                var received = uploads.Received(session.Id);
                if (received != session.Size)
                {
                    return Results.Json(new
                    {
                        error = string.Create(CultureInfo.InvariantCulture, $"{session.FileName}: {received} of {session.Size} bytes received; send the rest from offset {received}"),
                        code = "incomplete",
                        offset = received,
                    }, statusCode: StatusCodes.Status409Conflict);
                }

                if (session.Sha256 is { } expected)
                {
                    var actual = await uploads.HashAsync(session.Id, context.RequestAborted).ConfigureAwait(false);
                    if (actual != expected)
                    {
                        uploads.DeletePart(session.Id);
                        await uploads.SaveAsync(session, context.RequestAborted).ConfigureAwait(false);
                        var message = $"{session.FileName}: the bytes received (SHA-256 {actual[..12]}…) differ from the file (SHA-256 {expected[..12]}…); it is sent again from the start";
                        await auditor.RecordAsync(context, Action, session.Project ?? session.FileName, AuditOutcome.Failed, message).ConfigureAwait(false);
                        return Results.Json(new { error = message, code = "checksum-mismatch", offset = 0 }, statusCode: StatusCodes.Status422UnprocessableEntity);
                    }
                }

                var service = new PhotoIngestService(store, files);
                var ingestOptions = new IngestOptions { ProjectCode = session.Project, RequireProjectMatch = UploadRules.RequiresMatch(account) };
                IngestFileResult? outcome = null;
                await foreach (var r in service.IngestAsync([new IngestSource(uploads.PartPath(session.Id), session.FileName)], ingestOptions, context.RequestAborted).ConfigureAwait(false))
                {
                    outcome = r;
                }

                var result = await ResultAsync(store, outcome!, context.RequestAborted).ConfigureAwait(false);
                session = session with { Result = result };
                await uploads.SaveAsync(session, context.RequestAborted).ConfigureAwait(false);
                uploads.DeletePart(session.Id);
                await AuditResultAsync(auditor, context, session, result).ConfigureAwait(false);
                return Results.Json(Describe(session, uploads, limits));
            }
            finally
            {
                gate.Release();
            }
        });

        group.MapDelete("/{id}", async (string id, HttpContext context, Auditor auditor) =>
        {
            if (Own(context, uploads, id) is not { } session)
            {
                return NotFound(id);
            }

            var gate = uploads.LockFor(session.Id);
            await gate.WaitAsync(context.RequestAborted).ConfigureAwait(false);
            try
            {
                var received = uploads.Received(session.Id);
                uploads.Delete(session.Id);
                if (!session.Finished)
                {
                    await auditor.RecordAsync(context, Action, session.Project ?? session.FileName, AuditOutcome.Failed,
                        string.Create(CultureInfo.InvariantCulture, $"{session.FileName}: cancelled after {received} of {session.Size} bytes")).ConfigureAwait(false);
                }

                return Results.NoContent();
            }
            finally
            {
                gate.Release();
            }
        });
    }

    private static string Why(HttpContext context, ProjectCode? project) =>
        CurrentAccount.Get(context) is { } a ? UploadRules.Refusal(a, project) ?? string.Empty : "sign in to upload photos";

    private static UploadSession? Own(HttpContext context, UploadStore uploads, string id) =>
        CurrentAccount.Get(context) is { } account ? uploads.Find(id, account.Name.Key) : null;

    private static IResult NotFound(string id) => ApiErrors.Error(StatusCodes.Status404NotFound, $"no upload '{id}' of yours (finished uploads are kept for a day)", "not-found");

    private static object Describe(UploadSession s, UploadStore uploads, UploadLimits limits) => new
    {
        id = s.Id,
        fileName = s.FileName,
        size = s.Size,
        project = s.Project,
        sha256 = s.Sha256,
        createdAt = s.CreatedAt,
        offset = s.Finished ? s.Size : uploads.Received(s.Id),
        state = s.Finished ? "finished" : "receiving",
        chunkBytes = limits.ChunkBytes,
        result = s.Result,
    };

    private static async Task<JsonObject?> AlreadyStoredAsync(IProjectMapStore store, UploadSession session, CancellationToken ct)
    {
        if (await store.Photos.FindAsync(session.Sha256!, ct).ConfigureAwait(false) is { } photo)
        {
            return await ResultAsync(store, new IngestFileResult(session.FileName, photo.Sha256, IngestOutcome.Duplicate,
                $"already stored (first ingested as {Photos.PhotoEndpoints.DisplayName(photo.FileName)}); nothing was sent", [], photo.Month?.ToString(), photo.ProjectCode, photo.StoredPath), ct).ConfigureAwait(false);
        }

        if (await store.Photos.FindQuarantinedAsync(session.Sha256!, ct).ConfigureAwait(false) is { } quarantined)
        {
            return await ResultAsync(store, new IngestFileResult(session.FileName, quarantined.Sha256, IngestOutcome.Duplicate,
                $"already in quarantine: {quarantined.Reason}", [], null, null, quarantined.StoredPath), ct).ConfigureAwait(false);
        }

        return null;
    }

    private static async Task<JsonObject> ResultAsync(IProjectMapStore store, IngestFileResult r, CancellationToken ct)
    {
        var photo = r.Sha256 is { } sha && r.Outcome != IngestOutcome.Rejected ? await store.Photos.FindAsync(sha, ct).ConfigureAwait(false) : null;
        return new JsonObject
        {
            ["outcome"] = OutcomeWord(r.Outcome),
            ["reason"] = r.Reason,
            ["warnings"] = new JsonArray([.. r.Warnings.Select(w => (JsonNode)w)]),
            ["sha256"] = r.Sha256,
            ["month"] = photo?.Month?.ToString() ?? r.Month,
            ["project"] = photo?.ProjectCode ?? r.ProjectCode,
            ["footprint"] = photo is null ? null : JsonNode.Parse(GeoJson.Write(photo.Footprint)),
        };
    }

    private static Task AuditResultAsync(Auditor auditor, HttpContext context, UploadSession session, JsonObject result)
    {
        var detail = new JsonObject
        {
            ["file"] = session.FileName,
            ["bytes"] = session.Size,
            ["sha256"] = result["sha256"]?.DeepClone(),
            ["outcome"] = result["outcome"]?.DeepClone(),
            ["reason"] = result["reason"]?.DeepClone(),
        };
        var outcome = result["outcome"]?.GetValue<string>() == "rejected" ? AuditOutcome.Failed : AuditOutcome.Done;
        return auditor.RecordAsync(context, Action, session.Project ?? (string?)result["project"] ?? session.FileName, outcome, detail.ToJsonString(Compact));
    }

    /// <summary>The word the page shows an outcome by: accepted, accepted-with-warnings, duplicate or rejected.</summary>
    public static string OutcomeWord(IngestOutcome outcome) => outcome switch
    {
        IngestOutcome.Accepted => "accepted",
        IngestOutcome.AcceptedWithWarnings => "accepted-with-warnings",
        IngestOutcome.Duplicate => "duplicate",
        _ => "rejected",
    };

    private static string Mib(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1048576.0:0.#} MiB");

    private static bool IsDiskFull(IOException e) => e.HResult is 28 or unchecked((int)0x80070070) || e.Message.Contains("No space left", StringComparison.OrdinalIgnoreCase);
}
