using ProjectMap.Application.Ledger.Import;
using ProjectMap.Application.Ledger.Spreadsheets;
using ProjectMap.Domain.Ledger;
using ProjectMap.Domain.Time;

namespace ProjectMap.Application.Tests.Ledger;

public sealed class CellParserTests
{
    [Theory]
    [InlineData("2023-08-31")]
    [InlineData("2023/8/31")]
    [InlineData("2023年8月31日")]
    [InlineData("20230831")]
    public void TryDate_TextAsOfficersWriteIt_Parses(string text)
    {
        Assert.True(CellParser.TryDate(SheetCell.Of(text), out var d, out _));
        Assert.Equal(new DateOnly(2023, 8, 31), d);
    }

    [Fact]
    public void TryDate_ExcelSerialDay_Parses()
    {
        Assert.True(CellParser.TryDate(new SheetCell("45169", 45169), out var d, out _));
        Assert.Equal(new DateOnly(2023, 8, 31), d);
    }

    [Theory]
    [InlineData("2023-11", null)]
    [InlineData("2023年11月", null)]
    [InlineData("202311", 202311d)]
    [InlineData("45231", 45231d)] // a date cell on 2023-11-01
    public void TryMonth_Forms_Parse(string text, double? number)
    {
        Assert.True(CellParser.TryMonth(new SheetCell(text, number), out var m, out _));
        Assert.Equal(new YearMonth(2023, 11), m);
    }

    [Theory]
    [InlineData("1,200", 1200)]
    [InlineData("2600万元", 2600)]
    [InlineData("5亿元", 50000)]
    [InlineData("0.88亿", 8800)]
    [InlineData(" 12.5 ", 12.5)]
    public void TryAmountWan_TextWithUnits_GivesWan(string text, double expected)
    {
        Assert.True(CellParser.TryAmountWan(SheetCell.Of(text), out var a, out _));
        Assert.Equal((decimal)expected, a);
    }

    [Fact]
    public void TryInstant_TextWithoutZone_IsBeijingTime()
    {
        Assert.True(CellParser.TryInstant(SheetCell.Of("2023-08-20 15:30"), out var t, out _));
        Assert.Equal(new DateTimeOffset(2023, 8, 20, 7, 30, 0, TimeSpan.Zero), t);
    }

    [Theory]
    [InlineData("计划日期", MilestoneField.Planned)]
    [InlineData("actual", MilestoneField.Actual)]
    [InlineData("预计日期", MilestoneField.Forecast)]
    [InlineData("适用", MilestoneField.Applicable)]
    public void TryField_ChineseOrEnglish_Parses(string text, MilestoneField expected)
    {
        Assert.True(CellParser.TryField(SheetCell.Of(text), out var f, out _));
        Assert.Equal(expected, f);
    }

    [Theory]
    [InlineData("2")]
    [InlineData("状态")]
    public void TryField_NotAField_ExplainsWhatToWrite(string text)
    {
        Assert.False(CellParser.TryField(SheetCell.Of(text), out _, out var problem));
        Assert.Contains("write 计划日期, 预计日期, 实际日期, 权重 or 适用", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Headers_ChineseEnglishAndUnitSuffix_MatchSameColumn()
    {
        Assert.Equal(LedgerColumn.Amount, LedgerHeaders.Match("完成投资（万元）"));
        Assert.Equal(LedgerColumn.Amount, LedgerHeaders.Match("完成投资(万元)"));
        Assert.Equal(LedgerColumn.Amount, LedgerHeaders.Match("Amount (万元)"));
        Assert.Equal(LedgerColumn.PlanAmount, LedgerHeaders.Match("annual_plan_wan"));
        Assert.Null(LedgerHeaders.Match("备用列"));
    }
}
