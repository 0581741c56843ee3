using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ProjectMap.Application.Storage;
using ProjectMap.Domain.Access;
using ProjectMap.Domain.Projects;
using ProjectMap.Web.Tests.Infrastructure;

namespace ProjectMap.Web.Tests.Api;

/// <summary>Logins, roles, project assignment, antiforgery and the audit of refusals, against a real Kestrel server.</summary>
public sealed class AccessTests(DefaultServer fixture) : IClassFixture<DefaultServer>
{
    private ViewerServerFixture Server => fixture.Server;

    [Theory]
    [InlineData("/api/projects")]
    [InlineData("/api/projects.geojson")]
    [InlineData("/api/projects/WJ2023-001")]
    [InlineData("/api/config")]
    [InlineData("/ogc/collections/projects/items")]
    public async Task Get_Anonymous_Returns401(string path)
    {
        using var client = new ViewerClient(Server.BaseUrl);

        var response = await client.Http.GetAsync(path);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/admin")]
    public async Task Page_Anonymous_RedirectsToLogin(string path)
    {
        using var client = new ViewerClient(Server.BaseUrl);

        var response = await client.Http.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoginPage_Anonymous_ServesTheBundledPage()
    {
        using var client = new ViewerClient(Server.BaseUrl);

        var response = await client.Http.GetAsync("/login");
        var html = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.OK, html);
        Assert.Contains("重点项目一张图", html, StringComparison.Ordinal);
        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_WithoutAntiforgeryToken_Returns400()
    {
        using var client = new ViewerClient(Server.BaseUrl);

        var response = await client.SendAsync(HttpMethod.Post, "/account/login", new { name = "leader", password = ViewerServerFixture.Password }, withToken: false);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("antiforgery", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_WrongPassword_Returns401AndAuditsTheRefusalWithoutAUser()
    {
        using var client = new ViewerClient(Server.BaseUrl);

        var response = await client.LoginAsync("leader", "not-the-password");
        var audit = await Server.Store.Audit.ListAsync(new AuditQuery(Limit: 20, Target: "leader"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains(audit, e => e.Action == "login" && e.Outcome == AuditOutcome.Refused && e.User is null && e.Source == "127.0.0.1");
    }

    [Fact]
    public async Task Leader_LogsIn_ReadsProjectsGeoJsonAndOneProject()
    {
        using var client = new ViewerClient(Server.BaseUrl);
        Assert.Equal(HttpStatusCode.OK, (await client.LoginAsync("LEADER")).StatusCode);

        var projects = await client.Http.GetFromJsonAsync<JsonElement>("/api/projects");
        var geojson = await client.Http.GetFromJsonAsync<JsonElement>("/api/projects.geojson");
        var one = await client.Http.GetFromJsonAsync<JsonElement>("/api/projects/WJ2023-001");

        Assert.Equal(6, projects.GetArrayLength());
        Assert.Equal("FeatureCollection", geojson.GetProperty("type").GetString());
        Assert.Equal(6, geojson.GetProperty("features").GetArrayLength());
        var feature = geojson.GetProperty("features")[0];
        Assert.Equal("WJ2023-001", feature.GetProperty("id").GetString());
        Assert.Equal("MultiPolygon", feature.GetProperty("geometry").GetProperty("type").GetString());
        Assert.Equal(50000m, feature.GetProperty("properties").GetProperty("plannedInvestmentWan").GetDecimal());
        Assert.Equal("鑫奇航智能装备制造项目", one.GetProperty("name").GetString());
        Assert.InRange(one.GetProperty("areaMu").GetDouble(), 47.5 * 0.98, 47.5 * 1.02);
        Assert.Equal(3, one.GetProperty("buildings").GetArrayLength());
        Assert.False(one.GetProperty("canEditLedger").GetBoolean());
        Assert.False(one.GetProperty("canUpload").GetBoolean());
        Assert.False(one.GetProperty("canEditFacts").GetBoolean());
    }

    [Fact]
    public async Task Leader_RecordsMilestone_Returns403AuditedAndLedgerUnchanged()
    {
        using var client = new ViewerClient(Server.BaseUrl);
        await client.LoginAsync("leader");
        var before = (await Server.Store.Ledger.GetAsync(ProjectCode.Parse("WJ2023-004"))).MilestoneChanges.Count;

        var response = await client.SendAsync(HttpMethod.Put, "/api/projects/WJ2023-004/milestones/投产", new { actual = "2023-12-01", reason = "现场核实" });
        var audit = await Server.Store.Audit.ListAsync(new AuditQuery(Limit: 20, User: "leader"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains(audit, e => e.Action == "milestone.set" && e.Target == "WJ2023-004" && e.Outcome == AuditOutcome.Refused);
        Assert.Equal(before, (await Server.Store.Ledger.GetAsync(ProjectCode.Parse("WJ2023-004"))).MilestoneChanges.Count);
    }

    [Fact]
    public async Task Leader_EditsFactsOrAddsUser_Returns403()
    {
        using var client = new ViewerClient(Server.BaseUrl);
        await client.LoginAsync("leader");

        var facts = await client.SendAsync(HttpMethod.Patch, "/api/projects/WJ2023-004", new { plannedInvestmentWan = 1 });
        var user = await client.SendAsync(HttpMethod.Post, "/api/users", new { name = "intruder", role = "admin", password = "whatever-123" });

        Assert.Equal(HttpStatusCode.Forbidden, facts.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, user.StatusCode);
        Assert.Null(await Server.Store.Users.FindAsync(UserName.Parse("intruder")));
    }

    [Fact]
    public async Task Officer_RecordsMilestoneOfUnassignedProject_Returns403AndAuditsTheRefusal()
    {
        using var client = new ViewerClient(Server.BaseUrl);
        await client.LoginAsync("officer");
        var before = (await Server.Store.Ledger.GetAsync(ProjectCode.Parse("WJ2023-005"))).MilestoneChanges.Count;

        var response = await client.SendAsync(HttpMethod.Put, "/api/projects/WJ2023-005/milestones/竣工验收", new { actual = "2023-12-20", reason = "现场核实" });
        var audit = await Server.Store.Audit.ListAsync(new AuditQuery(Limit: 20, Target: "WJ2023-005"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("not assigned", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(audit, e => e.User == "officer" && e.Action == "milestone.set" && e.Outcome == AuditOutcome.Refused);
        Assert.Equal(before, (await Server.Store.Ledger.GetAsync(ProjectCode.Parse("WJ2023-005"))).MilestoneChanges.Count);
        Assert.Equal("设备安装调试", (await Server.Store.Projects.FindAsync(ProjectCode.Parse("WJ2023-005")))!.Stage);
    }

    [Fact]
    public async Task Officer_RecordsActualDateOfAssignedProject_LedgerKeepsItWithReasonAndStageFollows()
    {
        using var client = new ViewerClient(Server.BaseUrl);
        await client.LoginAsync("officer");

        var response = await client.SendAsync(HttpMethod.Put, "/api/projects/WJ2023-002/milestones/主体结构封顶", new { actual = "2023-12-20", reason = "钢结构封顶，监理签字确认" });
        var body = await response.Content.ReadAsStringAsync();
        var ledger = await Server.Store.Ledger.GetAsync(ProjectCode.Parse("WJ2023-002"));
        var audit = await Server.Store.Audit.ListAsync(new AuditQuery(Limit: 20, Target: "WJ2023-002"));

        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        var change = ledger.MilestoneChanges.Last();
        Assert.Equal(("topping-out", "2023-12-20", "钢结构封顶，监理签字确认", "王专员（officer）"), (change.StepKey, change.NewValue, change.Reason, change.ChangedBy));
        Assert.Equal("主体结构封顶", (await Server.Store.Projects.FindAsync(ProjectCode.Parse("WJ2023-002")))!.Stage);
        Assert.Contains(audit, e => e.User == "officer" && e.Action == "milestone.set" && e.Outcome == AuditOutcome.Done
            && e.Detail.Contains("\"changes\":[{\"field\":\"actual\",\"old\":null,\"new\":\"2023-12-20\"}]", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Officer_RecordsMilestoneWithoutReasonOrInTheFuture_Returns400WithTheRuleAndNothingStored()
    {
        using var client = new ViewerClient(Server.BaseUrl);
        await client.LoginAsync("officer");
        var before = (await Server.Store.Ledger.GetAsync(ProjectCode.Parse("WJ2023-001"))).MilestoneChanges.Count;

        var noReason = await client.SendAsync(HttpMethod.Put, "/api/projects/WJ2023-001/milestones/设备安装调试", new { actual = "2023-12-20" });
        var future = await client.SendAsync(HttpMethod.Put, "/api/projects/WJ2023-001/milestones/设备安装调试", new { actual = "2999-01-01", reason = "试试" });
        var unknown = await client.SendAsync(HttpMethod.Put, "/api/projects/WJ2023-001/milestones/封顶仪式", new { actual = "2023-12-20", reason = "试试" });
        var badDate = await client.SendAsync(HttpMethod.Put, "/api/projects/WJ2023-001/milestones/设备安装调试", new { actual = "20.12.2023", reason = "试试" });

        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Contains("reason", await noReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode);
        Assert.Contains("cannot be in the future", await future.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("unknown milestone", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, badDate.StatusCode);
        Assert.Contains("yyyy-MM-dd", await badDate.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, (await Server.Store.Ledger.GetAsync(ProjectCode.Parse("WJ2023-001"))).MilestoneChanges.Count);
    }

    [Fact]
    public async Task Admin_PatchesStage_Returns400SayingItFollowsTheLedger()
    {
        using var client = new ViewerClient(Server.BaseUrl);
        await client.LoginAsync("admin");

        var response = await client.SendAsync(HttpMethod.Patch, "/api/projects/WJ2023-006", new { stage = "投产" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("follows the ledger", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Officer_EditsFactsOfAssignedProject_Returns403()
    {
        using var client = new ViewerClient(Server.BaseUrl);
        await client.LoginAsync("officer");

        var response = await client.SendAsync(HttpMethod.Patch, "/api/projects/WJ2023-001", new { plannedInvestmentWan = 1 });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(50000m, (await Server.Store.Projects.FindAsync(ProjectCode.Parse("WJ2023-001")))!.PlannedInvestmentWan);
    }

    [Fact]
    public async Task Admin_EditsFacts_StoredAndAudited_BadValueRefusedWithReason()
    {
        using var client = new ViewerClient(Server.BaseUrl);
        await client.LoginAsync("admin");

        var ok = await client.SendAsync(HttpMethod.Patch, "/api/projects/WJ2023-005", new { plannedInvestmentWan = 1250.5, industry = "节能环保改造" });
        var bad = await client.SendAsync(HttpMethod.Patch, "/api/projects/WJ2023-005", new { plannedInvestmentWan = -3 });
        var stored = await Server.Store.Projects.FindAsync(ProjectCode.Parse("WJ2023-005"));

        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("plannedInvestmentWan", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1250.5m, stored!.PlannedInvestmentWan);
        Assert.Equal("节能环保改造", stored.Industry);
        var audit = await Server.Store.Audit.ListAsync(new AuditQuery(Limit: 10, Target: "WJ2023-005"));
        Assert.Contains(audit, e => e.Outcome == AuditOutcome.Done && e.Detail.Contains("\"plannedInvestmentWan\":[1200,1250.5]", StringComparison.Ordinal));
        Assert.Contains(audit, e => e.Outcome == AuditOutcome.Failed);
    }

    [Fact]
    public async Task Admin_AddsOfficer_NewUserLogsInAndAdminSeesTheAuditLog()
    {
        using var admin = new ViewerClient(Server.BaseUrl);
        await admin.LoginAsync("admin");

        var created = await admin.SendAsync(HttpMethod.Post, "/api/users", new { name = "zhao", role = "officer", projects = new[] { "WJ2023-006" }, password = "zhao-password", displayName = "赵" });
        var duplicate = await admin.SendAsync(HttpMethod.Post, "/api/users", new { name = "ZHAO", role = "leader", password = "zhao-password" });
        using var zhao = new ViewerClient(Server.BaseUrl);
        var login = await zhao.LoginAsync("zhao", "zhao-password");
        var audit = await admin.Http.GetFromJsonAsync<JsonElement>("/api/audit?limit=5&target=zhao");
        var leaderAudit = await zhao.Http.GetAsync("/api/audit");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.Contains(audit.EnumerateArray(), e => e.GetProperty("action").GetString() == "user.add" && e.GetProperty("outcome").GetString() == "done");
        Assert.Equal(HttpStatusCode.Forbidden, leaderAudit.StatusCode);
    }

    [Fact]
    public async Task Basic_GetAllowed_PostRefused()
    {
        using var client = new ViewerClient(Server.BaseUrl);

        var get = await client.GetWithBasicAsync("/api/projects", "leader");
        var wrong = await client.GetWithBasicAsync("/api/projects", "leader", "wrong-password");
        var post = new HttpRequestMessage(HttpMethod.Put, "/api/projects/WJ2023-001/milestones/开工") { Content = JsonContent.Create(new { actual = "2023-01-01", reason = "x" }) };
        post.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Basic", Convert.ToBase64String("admin:test-password-1"u8.ToArray()));
        var put = await client.Http.SendAsync(post);

        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal("内部装修", (await Server.Store.Projects.FindAsync(ProjectCode.Parse("WJ2023-001")))!.Stage);
    }

    [Fact]
    public async Task Cookie_AfterPasswordChangeOrDisable_NoLongerAccepted()
    {
        var users = new Application.Users.UserService(Server.Store, new Application.Users.PasswordHasher(1000));
        await users.AddAsync(UserName.Parse("temp1"), UserRole.Leader, [], "temp-password");
        await users.AddAsync(UserName.Parse("temp2"), UserRole.Leader, [], "temp-password");
        using var c1 = new ViewerClient(Server.BaseUrl);
        using var c2 = new ViewerClient(Server.BaseUrl);
        await c1.LoginAsync("temp1", "temp-password");
        await c2.LoginAsync("temp2", "temp-password");
        Assert.Equal(HttpStatusCode.OK, (await c1.Http.GetAsync("/api/projects")).StatusCode);

        await users.SetPasswordAsync(UserName.Parse("temp1"), "another-password");
        await users.SetDisabledAsync(UserName.Parse("temp2"), true);

        Assert.Equal(HttpStatusCode.Unauthorized, (await c1.Http.GetAsync("/api/projects")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await c2.Http.GetAsync("/api/projects")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await c2.LoginAsync("temp2", "temp-password")).StatusCode);
    }

    [Fact]
    public async Task Config_NoBasemapConfigured_OffersNoneWithLedgerAndPhotosAndTheTemplatesStages()
    {
        using var client = new ViewerClient(Server.BaseUrl);
        await client.LoginAsync("leader");

        var config = await client.Http.GetFromJsonAsync<JsonElement>("/api/config");

        Assert.Equal(0, config.GetProperty("basemaps").GetArrayLength());
        Assert.True(config.GetProperty("capabilities").GetProperty("ledger").GetBoolean());
        Assert.True(config.GetProperty("capabilities").GetProperty("photoFiles").GetBoolean());
        Assert.False(config.GetProperty("capabilities").GetProperty("tiles").GetBoolean());
        Assert.False(config.GetProperty("capabilities").GetProperty("reports").GetBoolean());
        Assert.Equal(8, config.GetProperty("stages").GetArrayLength());
        Assert.Equal(("fit-out", "内部装修", "Interior fit-out"), (config.GetProperty("stages")[4].GetProperty("key").GetString(), config.GetProperty("stages")[4].GetProperty("zh").GetString(), config.GetProperty("stages")[4].GetProperty("en").GetString()));
        Assert.Equal(200L * 1024 * 1024, config.GetProperty("uploads").GetProperty("maxFileBytes").GetInt64());
    }
}
