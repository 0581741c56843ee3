using System.Globalization;
using CsCheck;
using ProjectMap.Domain.Ledger;

namespace ProjectMap.Domain.Tests.Ledger;

/// <summary>The ledger's instant text: written to 100 ns in UTC and read back exactly, by the fast path and the general parser alike.</summary>
public sealed class LedgerValuesTests
{
    [Fact]
    public void ParseInstant_AnyInstantFormatted_ReadsBackTheSameTicksInUtc()
    {
        Gen.Long[DateTime.MinValue.Ticks, DateTime.MaxValue.Ticks].Select(Gen.Int[-14 * 60, 14 * 60])
            .Where((ticks, offsetMinutes) => ticks + (offsetMinutes * TimeSpan.TicksPerMinute) is var utc && utc > DateTime.MinValue.Ticks + TimeSpan.TicksPerDay && utc < DateTime.MaxValue.Ticks - TimeSpan.TicksPerDay)
            .Sample((ticks, offsetMinutes) =>
            {
                var instant = new DateTimeOffset(ticks, TimeSpan.FromMinutes(offsetMinutes));
                var text = LedgerValues.FormatInstant(instant);
                var read = LedgerValues.ParseInstant(text);
                var general = DateTime.ParseExact(text, LedgerValues.InstantFormat, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal);
                return read == instant && read.Offset == TimeSpan.Zero && read.UtcTicks == general.Ticks;
            });
    }

    [Theory]
    [InlineData("2023-12-31T16:00:00.0000000Z", "2024-01-01T00:00:00.0000000+08:00")]
    [InlineData("2024-02-29T23:59:59.9999999Z", "2024-02-29T23:59:59.9999999+00:00")]
    public void ParseInstant_KnownText_TheInstantItNames(string text, string expected)
    {
        Assert.Equal(DateTimeOffset.Parse(expected, CultureInfo.InvariantCulture), LedgerValues.ParseInstant(text));
    }

    [Theory]
    [InlineData("2023-02-29T00:00:00.0000000Z")]
    [InlineData("2023-13-01T00:00:00.0000000Z")]
    [InlineData("2023-12-01T24:00:00.0000000Z")]
    [InlineData("2023-12-01 00:00:00.0000000Z")]
    [InlineData("2023-12-01T00:00:00.000000xZ")]
    [InlineData("not an instant")]
    public void ParseInstant_Malformed_ThrowsFormatException(string text)
    {
        Assert.Throws<FormatException>(() => LedgerValues.ParseInstant(text));
    }
}
