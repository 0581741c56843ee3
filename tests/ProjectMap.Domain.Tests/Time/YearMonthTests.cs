using CsCheck;
using ProjectMap.Domain.Time;

namespace ProjectMap.Domain.Tests.Time;

public sealed class YearMonthTests
{
    [Theory]
    [InlineData("2023-12", 2023, 12)]
    [InlineData("2023/1", 2023, 1)]
    [InlineData("202302", 2023, 2)]
    [InlineData(" 2024-07 ", 2024, 7)]
    public void Parse_AcceptedForms_GiveTheMonth(string text, int year, int month) => Assert.Equal(new YearMonth(year, month), YearMonth.Parse(text));

    [Theory]
    [InlineData("2023-13")]
    [InlineData("2023-00")]
    [InlineData("0000-05")]
    [InlineData("2023-1x")]
    [InlineData("December")]
    [InlineData("")]
    public void Parse_Nonsense_ThrowsWithExample(string text)
    {
        var e = Assert.Throws<FormatException>(() => YearMonth.Parse(text));
        Assert.Contains("YYYY-MM", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LastDay_February2024_IsThe29th() => Assert.Equal(new DateOnly(2024, 2, 29), new YearMonth(2024, 2).LastDay);

    [Fact]
    public void ToStringThenParse_AnyMonth_RoundTrips()
    {
        Gen.Select(Gen.Int[1, 9999], Gen.Int[1, 12]).Sample((y, m) => YearMonth.Parse(new YearMonth(y, m).ToString()) == new YearMonth(y, m));
    }

    [Fact]
    public void AddMonthsThenMonthsUntil_AnyShift_IsConsistent()
    {
        Gen.Select(Gen.Int[1900, 2100], Gen.Int[1, 12], Gen.Int[-240, 240]).Sample((y, m, shift) =>
        {
            var a = new YearMonth(y, m);
            return a.MonthsUntil(a.AddMonths(shift)) == shift;
        });
    }

    [Fact]
    public void EndOf_December2023_IsJustBeforeMidnightShanghaiTime()
    {
        var end = DistrictTime.EndOf(new YearMonth(2023, 12));

        Assert.Equal(TimeSpan.FromHours(8), end.Offset);
        Assert.Equal(new DateTimeOffset(2023, 12, 31, 16, 0, 0, TimeSpan.Zero).AddTicks(-1), end.ToUniversalTime());
        Assert.Equal(new DateOnly(2023, 12, 31), DistrictTime.DateOf(end));
    }
}
