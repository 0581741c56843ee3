using System.Globalization;

namespace ProjectMap.Domain.Ledger;

/// <summary>The text forms ledger values take in the change log and in stores: dates yyyy-MM-dd, decimals invariant, instants UTC ISO 8601 with 7 decimals.</summary>
public static class LedgerValues
{
    /// <summary>The instant format stores use: UTC, 100 ns precision, so text order is time order.</summary>
    public const string InstantFormat = "yyyy-MM-ddTHH:mm:ss.fffffffZ";

    /// <summary>The largest amount accepted, in 万元 (10^8 万元 = 1 万亿元).</summary>
    public const decimal MaxAmountWan = 100_000_000m;

    /// <summary>Decimal places kept for amounts in 万元 (4 places = 1 yuan).</summary>
    public const int AmountDecimals = 4;

    /// <summary>A date as yyyy-MM-dd, or null.</summary>
    public static string? FormatDate(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Parses yyyy-MM-dd; null or empty gives null.</summary>
    public static DateOnly? ParseDate(string? text) =>
        string.IsNullOrEmpty(text) ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A decimal in invariant culture without trailing zeros.</summary>
    public static string FormatDecimal(decimal value) => value.ToString("0.############", CultureInfo.InvariantCulture);

    /// <summary>Parses an invariant-culture decimal.</summary>
    public static decimal ParseDecimal(string text) => decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);

    /// <summary>An instant as UTC ISO 8601 with 7 fractional digits.</summary>
    public static string FormatInstant(DateTimeOffset instant) => instant.UtcDateTime.ToString(InstantFormat, CultureInfo.InvariantCulture);

    /// <summary>Parses an instant written by <see cref="FormatInstant"/>.</summary>
    public static DateTimeOffset ParseInstant(string text) =>
        new(DateTime.SpecifyKind(DateTime.ParseExact(text, InstantFormat, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal), DateTimeKind.Utc));

    /// <summary>Throws <see cref="LedgerRuleException"/> unless an amount in 万元 is within 0..<see cref="MaxAmountWan"/> with at most 4 decimals.</summary>
    public static void CheckAmount(decimal amountWan, string what)
    {
        if (amountWan < 0 || amountWan > MaxAmountWan)
        {
            throw new LedgerRuleException(string.Create(CultureInfo.InvariantCulture, $"{what} {amountWan} 万元 is outside 0..{MaxAmountWan} 万元"), "amount");
        }

        if (decimal.Round(amountWan, AmountDecimals) != amountWan)
        {
            throw new LedgerRuleException(string.Create(CultureInfo.InvariantCulture, $"{what} {amountWan} 万元 has more than {AmountDecimals} decimals (1 yuan = 0.0001 万元)"), "amount");
        }
    }
}
