using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using ProjectMap.Application.Storage;
using ProjectMap.Domain.Access;
using ProjectMap.Web.Tests.Infrastructure;

namespace ProjectMap.Web.Tests.Api;

/// <summary>
/// The resumable upload on a real server (64 KiB chunks): chunks only continue the bytes received, an interrupted upload
/// continues from the server's offset in a new session and ends byte for byte, bad bytes are caught by the SHA-256,
/// and role, assignment, size and count rules refuse with a reason and an audit entry.
/// </summary>
public sealed class UploadApiTests(DefaultServer fixture) : IClassFixture<DefaultServer>
{
    private const int Chunk = 64 * 1024;

    private ViewerServerFixture Server => fixture.Server;

    private static string Sha(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private static async Task<JsonElement> JsonOf(HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>();

    private static async Task<JsonElement> StartAsync(ViewerClient client, string name, byte[] bytes, string? project, bool withSha = true)
    {
        var response = await client.SendAsync(HttpMethod.Post, "/api/uploads", new { fileName = name, size = bytes.Length, project, sha256 = withSha ? Sha(bytes) : null });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, body);
        return JsonDocument.Parse(body).RootElement;
    }

    private static async Task<long> SendAsync(ViewerClient client, string id, byte[] bytes, long from, long to)
    {
        var offset = from;
        while (offset < to)
        {
            var length = (int)Math.Min(Chunk, to - offset);
            var response = await client.PutBytesAsync($"/api/uploads/{id}?offset={offset}", bytes.AsMemory((int)offset, length));
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, body);
            offset = JsonDocument.Parse(body).RootElement.GetProperty("offset").GetInt64();
        }

        return offset;
    }

    private static async Task<JsonElement> CompleteAsync(ViewerClient client, string id)
    {
        var response = await client.SendAsync(HttpMethod.Post, $"/api/uploads/{id}/complete", new { });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("result");
    }

    [Fact]
    public async Task Upload_InterruptedThenResumedInANewSession_EndsByteIdenticalAcceptedAndAudited()
    {
        var path = await Server.WritePhotoAsync("WJ2023-001", new DateTime(2024, 1, 12, 11, 0, 0), 0.9, "resume-api.JPG");
        var bytes = await File.ReadAllBytesAsync(path);
        Assert.True(bytes.Length > 3 * Chunk, $"the test photo should need several chunks, it has {bytes.Length} bytes");

        string id;
        using (var first = new ViewerClient(Server.BaseUrl))
        {
            await first.LoginAsync("officer");
            id = (await StartAsync(first, "DJI_RESUME.JPG", bytes, "WJ2023-001")).GetProperty("id").GetString()!;
            await SendAsync(first, id, bytes, 0, 2 * Chunk);
        }

        using var second = new ViewerClient(Server.BaseUrl);
        await second.LoginAsync("officer");
        var status = await JsonOf(await second.Http.GetAsync($"/api/uploads/{id}"));
        var early = await second.SendAsync(HttpMethod.Post, $"/api/uploads/{id}/complete", new { });
        var wrong = await second.PutBytesAsync($"/api/uploads/{id}?offset=0", bytes.AsMemory(0, Chunk));
        Assert.Equal(2 * Chunk, status.GetProperty("offset").GetInt64());
        Assert.Equal("receiving", status.GetProperty("state").GetString());
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, wrong.StatusCode);
        Assert.Equal(2 * Chunk, (await JsonOf(wrong)).GetProperty("offset").GetInt64());

        await SendAsync(second, id, bytes, status.GetProperty("offset").GetInt64(), bytes.Length);
        var result = await CompleteAsync(second, id);
        var again = await second.SendAsync(HttpMethod.Post, $"/api/uploads/{id}/complete", new { });

        Assert.Equal("accepted", result.GetProperty("outcome").GetString());
        Assert.Equal(Sha(bytes), result.GetProperty("sha256").GetString());
        Assert.Equal(("WJ2023-001", "2024-01"), (result.GetProperty("project").GetString(), result.GetProperty("month").GetString()));
        Assert.Equal("Polygon", result.GetProperty("footprint").GetProperty("type").GetString());
        var stored = (await Server.Store.Photos.FindAsync(Sha(bytes)))!;
        Assert.Equal("DJI_RESUME.JPG", stored.FileName);
        Assert.Equal(bytes, await File.ReadAllBytesAsync(Path.Combine(Server.FilesRoot, stored.StoredPath)));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal("accepted", (await JsonOf(again)).GetProperty("result").GetProperty("outcome").GetString());
        Assert.False(File.Exists(Path.Combine(Server.FilesRoot, ".uploads", id + ".part")));
        var audit = await Server.Store.Audit.ListAsync(new AuditQuery(Limit: 50, User: "officer"));
        Assert.Contains(audit, e => e.Action == "photo.upload" && e.Target == "WJ2023-001" && e.Outcome == AuditOutcome.Done && e.Detail.Contains(Sha(bytes), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Upload_BytesDifferFromTheGivenSha256_Refused422AndStartsAgainFromZero()
    {
        var path = await Server.WritePhotoAsync("WJ2023-002", new DateTime(2024, 1, 5, 9, 0, 0), 0.5, "corrupt.JPG");
        var bytes = await File.ReadAllBytesAsync(path);
        using var client = new ViewerClient(Server.BaseUrl);
        await client.LoginAsync("officer");
        var id = (await StartAsync(client, "corrupt.JPG", bytes, "WJ2023-002")).GetProperty("id").GetString()!;
        var damaged = bytes.ToArray();
        damaged[^100] ^= 0xFF;

        await SendAsync(client, id, damaged, 0, damaged.Length);
        var response = await client.SendAsync(HttpMethod.Post, $"/api/uploads/{id}/complete", new { });
        var status = await JsonOf(await client.Http.GetAsync($"/api/uploads/{id}"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("checksum-mismatch", (await JsonOf(response)).GetProperty("code").GetString());
        Assert.Equal(0, status.GetProperty("offset").GetInt64());
        Assert.Null(await Server.Store.Photos.FindAsync(Sha(damaged)));
        Assert.Null(await Server.Store.Photos.FindAsync(Sha(bytes)));

        await SendAsync(client, id, bytes, 0, bytes.Length);
        Assert.Equal("accepted", (await CompleteAsync(client, id)).GetProperty("outcome").GetString());
    }

    [Fact]
    public async Task Upload_PhotoAlreadyStored_AnswersDuplicateAtOnceWithoutBytes()
    {
        var stored = (await Server.Store.Photos.ListAsync(new PhotoQuery("WJ2023-001", new Domain.Time.YearMonth(2023, 12)))).Single();
        var bytes = await File.ReadAllBytesAsync(Path.Combine(Server.FilesRoot, stored.StoredPath));
        using var client = new ViewerClient(Server.BaseUrl);
        await client.LoginAsync("officer");

        var started = await StartAsync(client, "again.JPG", bytes, "WJ2023-001");

        Assert.Equal("finished", started.GetProperty("state").GetString());
        Assert.Equal("duplicate", started.GetProperty("result").GetProperty("outcome").GetString());
        Assert.Contains("already stored", started.GetProperty("result").GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal("Polygon", started.GetProperty("result").GetProperty("footprint").GetProperty("type").GetString());
    }

    [Fact]
    public async Task Upload_WithoutSha256AndNotAPhoto_RejectedWithTheReasonAndQuarantined()
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes("this is a text file, not a photo\n" + new string('x', 5000));
        using var client = new ViewerClient(Server.BaseUrl);
        await client.LoginAsync("officer");
        var id = (await StartAsync(client, "notes.jpg", bytes, "WJ2023-001", withSha: false)).GetProperty("id").GetString()!;
        await SendAsync(client, id, bytes, 0, bytes.Length);

        var result = await CompleteAsync(client, id);

        Assert.Equal("rejected", result.GetProperty("outcome").GetString());
        Assert.False(string.IsNullOrWhiteSpace(result.GetProperty("reason").GetString()));
        Assert.NotNull(await Server.Store.Photos.FindQuarantinedAsync(Sha(bytes)));
        var audit = await Server.Store.Audit.ListAsync(new AuditQuery(Limit: 50, User: "officer"));
        Assert.Contains(audit, e => e.Action == "photo.upload" && e.Outcome == AuditOutcome.Failed && e.Detail.Contains("notes.jpg", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Upload_OfficerSendsAPhotoOfAnotherProjectsSite_RejectedAndNothingKept()
    {
        // A photo over WJ2023-005's parcel, uploaded for WJ2023-001: the footprint does not touch WJ2023-001.
        var path = await Server.WritePhotoAsync("WJ2023-005", new DateTime(2024, 1, 8, 10, 0, 0), 0.9, "other-site.JPG");
        var bytes = await File.ReadAllBytesAsync(path);
        using var client = new ViewerClient(Server.BaseUrl);
        await client.LoginAsync("officer");
        var id = (await StartAsync(client, "other-site.JPG", bytes, "WJ2023-001")).GetProperty("id").GetString()!;
        await SendAsync(client, id, bytes, 0, bytes.Length);

        var result = await CompleteAsync(client, id);

        Assert.Equal("rejected", result.GetProperty("outcome").GetString());
        Assert.Contains("does not touch project WJ2023-001", result.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Null(await Server.Store.Photos.FindAsync(Sha(bytes)));
        Assert.Null(await Server.Store.Photos.FindQuarantinedAsync(Sha(bytes)));
    }

    [Fact]
    public async Task Upload_AdminWithoutProject_FiledUnderTheParcelItCovers()
    {
        var path = await Server.WritePhotoAsync("WJ2023-006", new DateTime(2024, 1, 9, 15, 0, 0), 1.0, "admin-auto.JPG");
        var bytes = await File.ReadAllBytesAsync(path);
        using var client = new ViewerClient(Server.BaseUrl);
        await client.LoginAsync("admin");
        var id = (await StartAsync(client, "admin-auto.JPG", bytes, null)).GetProperty("id").GetString()!;
        await SendAsync(client, id, bytes, 0, bytes.Length);

        var result = await CompleteAsync(client, id);

        Assert.Equal("accepted", result.GetProperty("outcome").GetString());
        Assert.Equal("WJ2023-006", result.GetProperty("project").GetString());
    }

    [Fact]
    public async Task Start_LeaderOrUnassignedProjectOrNoProject_Refused403AndAudited()
    {
        using var leader = new ViewerClient(Server.BaseUrl);
        await leader.LoginAsync("leader");
        using var officer = new ViewerClient(Server.BaseUrl);
        await officer.LoginAsync("officer");

        var byLeader = await leader.SendAsync(HttpMethod.Post, "/api/uploads", new { fileName = "a.jpg", size = 1000, project = "WJ2023-001" });
        var unassigned = await officer.SendAsync(HttpMethod.Post, "/api/uploads", new { fileName = "b.jpg", size = 1000, project = "WJ2023-004" });
        var noProject = await officer.SendAsync(HttpMethod.Post, "/api/uploads", new { fileName = "c.jpg", size = 1000 });

        Assert.Equal(HttpStatusCode.Forbidden, byLeader.StatusCode);
        Assert.Contains("leaders", (await JsonOf(byLeader)).GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, unassigned.StatusCode);
        Assert.Contains("not assigned", (await JsonOf(unassigned)).GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, noProject.StatusCode);
        var audit = await Server.Store.Audit.ListAsync(new AuditQuery(Limit: 100));
        Assert.Contains(audit, e => e.User == "leader" && e.Action == "photo.upload" && e.Outcome == AuditOutcome.Refused);
        Assert.Contains(audit, e => e.User == "officer" && e.Action == "photo.upload" && e.Target == "WJ2023-004" && e.Outcome == AuditOutcome.Refused);
    }

    [Fact]
    public async Task Start_TooLargeEmptyOrWithoutToken_RefusedWithTheLimit()
    {
        using var client = new ViewerClient(Server.BaseUrl);
        await client.LoginAsync("officer");

        var large = await client.SendAsync(HttpMethod.Post, "/api/uploads", new { fileName = "huge.jpg", size = 300L * 1024 * 1024, project = "WJ2023-001" });
        var empty = await client.SendAsync(HttpMethod.Post, "/api/uploads", new { fileName = "empty.jpg", size = 0, project = "WJ2023-001" });
        var noToken = await client.SendAsync(HttpMethod.Post, "/api/uploads", new { fileName = "x.jpg", size = 10, project = "WJ2023-001" }, withToken: false);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, large.StatusCode);
        Assert.Equal("huge.jpg is 300 MiB; files up to 200 MiB are accepted", (await JsonOf(large)).GetProperty("error").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
        Assert.Equal("antiforgery", (await JsonOf(noToken)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Chunk_TooLargePastTheEndOrAnotherUsersUpload_Refused()
    {
        var bytes = new byte[Chunk * 3];
        using var officer = new ViewerClient(Server.BaseUrl);
        await officer.LoginAsync("officer");
        using var admin = new ViewerClient(Server.BaseUrl);
        await admin.LoginAsync("admin");
        var id = (await StartAsync(officer, "chunks.jpg", bytes, "WJ2023-001", withSha: false)).GetProperty("id").GetString()!;

        var tooLarge = await officer.PutBytesAsync($"/api/uploads/{id}?offset=0", new byte[Chunk + 1]);
        var pastEnd = await officer.PutBytesAsync($"/api/uploads/{id}?offset={(2 * Chunk) + 100}", new byte[Chunk]);
        var someoneElse = await admin.PutBytesAsync($"/api/uploads/{id}?offset=0", new byte[10]);
        var cancel = await officer.SendAsync(HttpMethod.Delete, $"/api/uploads/{id}", new { });
        var gone = await officer.Http.GetAsync($"/api/uploads/{id}");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, pastEnd.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, someoneElse.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, cancel.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task Start_TooManyUnfinishedUploads_Refused429()
    {
        await using var server = await ViewerServerFixture.StartAsync(new ViewerOptions { Uploads = Uploads.UploadLimits.Default with { MaxOpenUploads = 2 } });
        using var client = new ViewerClient(server.BaseUrl);
        await client.LoginAsync("officer");

        for (var i = 0; i < 2; i++)
        {
            await StartAsync(client, string.Create(CultureInfo.InvariantCulture, $"open{i}.jpg"), new byte[100 + i], "WJ2023-001", withSha: false);
        }

        var third = await client.SendAsync(HttpMethod.Post, "/api/uploads", new { fileName = "third.jpg", size = 100, project = "WJ2023-001" });

        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.Contains("2 unfinished uploads", (await JsonOf(third)).GetProperty("error").GetString(), StringComparison.Ordinal);
    }
}
