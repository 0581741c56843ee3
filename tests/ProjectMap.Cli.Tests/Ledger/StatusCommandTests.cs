using System.Text.Json;

namespace ProjectMap.Cli.Tests.Ledger;

/// <summary>The <c>status --json</c> contract of issue 5 and the ledger commands, against the demo's sample district.</summary>
public sealed class StatusCommandTests(DemoStoreFixture demo) : IClassFixture<DemoStoreFixture>
{
    private static readonly string[] ContractFields =
        ["code", "name", "status", "reasons", "stage", "scheduleProgressPct", "investmentProgressPct", "monthInvestmentWan", "cumulativeInvestmentWan"];

    private async Task<Dictionary<string, JsonElement>> StatusAsync(params string[] extra)
    {
        var (code, output, error) = await CliRunner.RunAsync(["status", "--db", demo.Db, "--json", .. extra]);
        Assert.True(code == 0, error);
        Assert.Empty(error);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal(JsonValueKind.Array, doc.RootElement.ValueKind);
        return doc.RootElement.EnumerateArray().ToDictionary(e => e.GetProperty("code").GetString()!, e => e.Clone());
    }

    [Fact]
    public async Task StatusJson_December2023_HasContractFieldsWithTypes()
    {
        var all = await StatusAsync("--month", "2023-12");
        Assert.Equal(6, all.Count);
        foreach (var item in all.Values)
        {
            foreach (var field in ContractFields)
            {
                Assert.True(item.TryGetProperty(field, out _), $"missing {field} in {item}");
            }

            Assert.Contains(item.GetProperty("status").GetString(), new[] { "normal", "warning", "delayed" });
            Assert.Equal(JsonValueKind.Array, item.GetProperty("reasons").ValueKind);
            Assert.NotEmpty(item.GetProperty("reasons").EnumerateArray());
            Assert.All(item.GetProperty("reasons").EnumerateArray(), r => Assert.Equal(JsonValueKind.String, r.ValueKind));
            Assert.Equal(JsonValueKind.Number, item.GetProperty("scheduleProgressPct").ValueKind);
            Assert.Equal(JsonValueKind.Number, item.GetProperty("monthInvestmentWan").ValueKind);
            Assert.Equal(JsonValueKind.Number, item.GetProperty("cumulativeInvestmentWan").ValueKind);
        }
    }

    [Fact]
    public async Task StatusJson_December2023_TellsTheSampleStory()
    {
        var all = await StatusAsync("--month", "2023-12");
        var xqh = all["WJ2023-001"];
        Assert.Equal(("鑫奇航智能装备制造项目", "normal", "内部装修"), (xqh.GetProperty("name").GetString(), xqh.GetProperty("status").GetString(), xqh.GetProperty("stage").GetString()));
        Assert.Equal(
            ["里程碑均按计划推进，无逾期；当前阶段 内部装修（2023-11-20 完成），下一节点 设备安装调试 计划 2024-03-31", "2023 年累计完成投资 29,000 万元，占年度计划 30,000 万元的 96.7%（计划期时间进度 100%）"],
            xqh.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal((70.0m, 70.0m, 2600m, 35000m), (xqh.GetProperty("scheduleProgressPct").GetDecimal(), xqh.GetProperty("investmentProgressPct").GetDecimal(), xqh.GetProperty("monthInvestmentWan").GetDecimal(), xqh.GetProperty("cumulativeInvestmentWan").GetDecimal()));
        Assert.Equal("delayed", all["WJ2023-002"].GetProperty("status").GetString());
        Assert.StartsWith("主体结构封顶 计划 2023-10-31（原计划 2023-08-31，调整原因：钢结构供货延迟）", all["WJ2023-002"].GetProperty("reasons")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal("warning", all["WJ2023-005"].GetProperty("status").GetString());
        Assert.Equal(["normal", "normal", "normal"], new[] { "WJ2023-003", "WJ2023-004", "WJ2023-006" }.Select(c => all[c].GetProperty("status").GetString()));
    }

    [Fact]
    public void StatusJson_RealProcess_ExitZeroEmptyStderrAndArrayOfSix()
    {
        var (code, output, error) = CliRunner.RunProcess(demo.Directory, "status", "--month", "2023-12", "--json", "--db", demo.Db);
        Assert.True(code == 0, error);
        Assert.Empty(error);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal(["normal", "delayed", "normal", "normal", "warning", "normal"], doc.RootElement.EnumerateArray().Select(e => e.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task StatusJson_English_NamesStageAndReasonsInEnglish()
    {
        var xqh = (await StatusAsync("--month", "2023-12", "--lang", "en"))["WJ2023-001"];
        Assert.Equal("Interior fit-out", xqh.GetProperty("stage").GetString());
        Assert.Equal("Xinqihang Intelligent Equipment Manufacturing Project", xqh.GetProperty("name").GetString());
        Assert.StartsWith("all milestones on time", xqh.GetProperty("reasons")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StatusJson_November2023_MonthEndIgnoresJanuaryCorrectionLaterAsOfSeesIt()
    {
        var atMonthEnd = (await StatusAsync("--month", "2023-11"))["WJ2023-002"];
        var later = (await StatusAsync("--month", "2023-11", "--as-of", "2024-01-31"))["WJ2023-002"];
        Assert.Equal(900m, atMonthEnd.GetProperty("monthInvestmentWan").GetDecimal());
        Assert.Equal(1150m, later.GetProperty("monthInvestmentWan").GetDecimal());
    }

    [Fact]
    public async Task Status_Text_ShowsTableAndReasons()
    {
        var (code, output, _) = await CliRunner.RunAsync("status", "--db", demo.Db, "--month", "2023-12");
        Assert.Equal(0, code);
        Assert.Contains("WJ2023-001  鑫奇航智能装备制造项目", output, StringComparison.Ordinal);
        Assert.Contains("WJ2023-002 滞后:", output, StringComparison.Ordinal);
        Assert.Contains("2023-12，数据截至 2023-12-31 23:59:59（北京时间）", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_BadMonth_OneLineErrorExit1()
    {
        var (code, output, error) = await CliRunner.RunAsync("status", "--db", demo.Db, "--month", "2023-13");
        Assert.Equal(1, code);
        Assert.Empty(output);
        Assert.Equal("projectmap: --month: '2023-13' is not a month; write it as 2023-12" + Environment.NewLine, error);
    }

    [Fact]
    public async Task MilestoneList_Json_ShowsChainStageAndProgress()
    {
        var (code, output, error) = await CliRunner.RunAsync("milestone", "list", "WJ2023-001", "--db", demo.Db, "--as-of", "2023-12-31", "--json");
        Assert.True(code == 0, error);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal("内部装修", doc.RootElement.GetProperty("stage").GetString());
        Assert.Equal(70.0m, doc.RootElement.GetProperty("scheduleProgressPct").GetDecimal());
        var milestones = doc.RootElement.GetProperty("milestones").EnumerateArray().ToList();
        Assert.Equal(8, milestones.Count);
        Assert.Equal("2023-10-12", milestones[3].GetProperty("actual").GetString());
    }

    [Fact]
    public async Task DemoOutput_PrintsDecemberStatusTable()
    {
        Assert.Contains("status for 2023-12", demo.DemoOutput, StringComparison.Ordinal);
        Assert.Contains("WJ2023-001 正常:", demo.DemoOutput, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(demo.Directory, "ledger.xlsx")));
    }
}
