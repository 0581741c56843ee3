using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ProjectMap.Web.Tests.Infrastructure;

namespace ProjectMap.Web.Tests.Api;

/// <summary>The ledger in the viewer's API (real Kestrel, the sample district's 2023 ledger): timeline, status, milestones, investment.</summary>
public sealed class LedgerApiTests(DefaultServer fixture) : IClassFixture<DefaultServer>
{
    private ViewerServerFixture Server => fixture.Server;

    private Task<JsonElement> GetAsync(string path) => Server.JsonAsLeaderAsync(path);

    private static JsonElement Project(JsonElement status, string code) =>
        status.GetProperty("projects").EnumerateArray().Single(p => p.GetProperty("code").GetString() == code);

    [Fact]
    public async Task Timeline_SampleLedgerAndPhotos_FromFirstDataMonthToDecember2023WithPhotoCounts()
    {
        var timeline = await GetAsync("/api/timeline");

        Assert.Equal("2023-12", timeline.GetProperty("default").GetString());
        Assert.Equal("2023-12", timeline.GetProperty("last").GetString());
        Assert.Equal("2022-08", timeline.GetProperty("first").GetString());
        Assert.Equal(17, timeline.GetProperty("months").GetArrayLength());
        Assert.Equal(3, timeline.GetProperty("photoMonths").GetProperty("2023-12").GetInt32());
        Assert.Equal(2, timeline.GetProperty("photoMonths").GetProperty("2023-11").GetInt32());
    }

    [Fact]
    public async Task Status_December2023_MatchesTheSampleLedgersStory()
    {
        var status = await GetAsync("/api/status?month=2023-12");

        Assert.Equal("2023-12", status.GetProperty("month").GetString());
        Assert.Equal("normal", Project(status, "WJ2023-001").GetProperty("status").GetString());
        Assert.Equal(70m, Project(status, "WJ2023-001").GetProperty("investmentProgressPct").GetDecimal());
        Assert.Equal("内部装修", Project(status, "WJ2023-001").GetProperty("stage").GetProperty("zh").GetString());
        Assert.Equal("Interior fit-out", Project(status, "WJ2023-001").GetProperty("stage").GetProperty("en").GetString());
        Assert.Equal("warning", Project(status, "WJ2023-005").GetProperty("status").GetString());
        Assert.Equal("normal", Project(status, "WJ2023-003").GetProperty("status").GetString());
        var reasons = Project(status, "WJ2023-005").GetProperty("reasons");
        Assert.Contains(reasons.EnumerateArray(), r => r.GetProperty("level").GetString() == "warning"
            && r.GetProperty("zh").GetString()!.Contains("竣工验收 计划 2023-12-15", StringComparison.Ordinal)
            && r.GetProperty("en").GetString()!.Contains("16 days overdue", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Status_November2023_IsAsOfThatMonthsEnd()
    {
        var november = await GetAsync("/api/status?month=2023-11");
        var december = await GetAsync("/api/status?month=2023-12");

        // The January 2024 correction of WJ2023-002's November return (900 → 1,150) is not seen as of November's end.
        Assert.Equal(900m, Project(november, "WJ2023-002").GetProperty("monthInvestmentWan").GetDecimal());
        Assert.True(Project(november, "WJ2023-001").GetProperty("cumulativeInvestmentWan").GetDecimal() < Project(december, "WJ2023-001").GetProperty("cumulativeInvestmentWan").GetDecimal());
    }

    [Theory]
    [InlineData("/api/status?month=2023-13", HttpStatusCode.BadRequest)]
    [InlineData("/api/projects/WJ2023-001/milestones?month=next", HttpStatusCode.BadRequest)]
    [InlineData("/api/projects/NOPE-1/milestones", HttpStatusCode.NotFound)]
    [InlineData("/api/projects/WJ2023-001/investment?month=2023/12/01", HttpStatusCode.BadRequest)]
    public async Task LedgerGets_BadMonthOrUnknownProject_AnswerWithTheProblem(string path, HttpStatusCode expected)
    {
        using var client = new ViewerClient(Server.BaseUrl);

        var response = await client.GetWithBasicAsync(path, "leader");

        Assert.Equal(expected, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).TryGetProperty("error", out _));
    }

    [Fact]
    public async Task Milestones_WJ2023005December_StripIsRedAmberGreenByTheStatusRules()
    {
        var view = await GetAsync("/api/projects/WJ2023-005/milestones?month=2023-12");

        var byKey = view.GetProperty("milestones").EnumerateArray().ToDictionary(m => m.GetProperty("key").GetString()!);
        Assert.Equal("2023-12-31", view.GetProperty("evaluatedOn").GetString());
        Assert.Equal("reached", byKey["commissioning"].GetProperty("signal").GetString());
        Assert.Equal("normal", byKey["commissioning"].GetProperty("level").GetString());
        Assert.Equal("overdue-warning", byKey["acceptance"].GetProperty("signal").GetString());
        Assert.Equal(16, byKey["acceptance"].GetProperty("overdueDays").GetInt32());
        Assert.Equal("warning", byKey["acceptance"].GetProperty("level").GetString());
        Assert.False(view.GetProperty("canEdit").GetBoolean());
        Assert.True(view.GetProperty("history").GetArrayLength() > 0);
    }

    [Fact]
    public async Task Milestones_EarlierMonth_ShowsTheStripAsItStoodThen()
    {
        var june = await GetAsync("/api/projects/WJ2023-001/milestones?month=2023-06");
        var december = await GetAsync("/api/projects/WJ2023-001/milestones?month=2023-12");

        string Signal(JsonElement v, string key) => v.GetProperty("milestones").EnumerateArray().Single(m => m.GetProperty("key").GetString() == key).GetProperty("signal").GetString()!;
        Assert.Equal("reached", Signal(december, "fit-out"));
        Assert.NotEqual("reached", Signal(june, "fit-out"));
        Assert.True(june.GetProperty("scheduleProgressPct").GetDecimal() < december.GetProperty("scheduleProgressPct").GetDecimal());
    }

    [Fact]
    public async Task Investment_WJ2023001December_MonthlyActualsPlanSpreadOverThePlanPeriodAndCumulativeLines()
    {
        var chart = await GetAsync("/api/projects/WJ2023-001/investment?month=2023-12");

        var months = chart.GetProperty("months").EnumerateArray().ToList();
        Assert.Equal(12, months.Count);
        Assert.Equal(30000m, chart.GetProperty("annualPlanWan").GetDecimal());
        Assert.Equal(29000m, chart.GetProperty("yearToDateWan").GetDecimal());
        Assert.Equal(35000m, chart.GetProperty("cumulativeWan").GetDecimal());
        Assert.Equal(70m, chart.GetProperty("investmentProgressPct").GetDecimal());
        Assert.Equal(29000m, months[11].GetProperty("cumulativeActualWan").GetDecimal());
        Assert.Equal(30000m, months[11].GetProperty("cumulativePlanWan").GetDecimal());
        Assert.Equal(30000m, months.Sum(m => m.GetProperty("planWan").GetDecimal()));
        Assert.Equal(29000m, months.Where(m => m.GetProperty("actualWan").ValueKind == JsonValueKind.Number).Sum(m => m.GetProperty("actualWan").GetDecimal()));
    }

    [Fact]
    public async Task Investment_MidYear_MonthsAfterTheSelectedOneHaveNoActuals()
    {
        var chart = await GetAsync("/api/projects/WJ2023-001/investment?month=2023-06");

        var months = chart.GetProperty("months").EnumerateArray().ToList();
        Assert.Equal(JsonValueKind.Number, months[5].GetProperty("actualWan").ValueKind);
        Assert.Equal(JsonValueKind.Null, months[6].GetProperty("actualWan").ValueKind);
        Assert.Equal(JsonValueKind.Null, months[6].GetProperty("cumulativeActualWan").ValueKind);
        Assert.Equal(JsonValueKind.Number, months[6].GetProperty("cumulativePlanWan").ValueKind);
    }
}
