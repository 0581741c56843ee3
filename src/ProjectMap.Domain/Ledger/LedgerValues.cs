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

    /// <summary>The same amount with no trailing zeros (1669.60 becomes 1669.6), so a sum prints alike whichever store or path computed it.</summary>
    public static decimal Canonical(decimal value) => value / 1.000000000000000000000000000000000m;

    /// <summary>An instant as UTC ISO 8601 with 7 fractional digits.</summary>
    public static string FormatInstant(DateTimeOffset instant) => instant.UtcDateTime.ToString(InstantFormat, CultureInfo.InvariantCulture);

    /// <summary>
    /// Parses an instant written by <see cref="FormatInstant"/>. Stores read hundreds of thousands of these for a
    /// status report, so the fixed layout is read digit by digit; anything else goes through the general parser,
    /// which also reports malformed text.
    /// </summary>
    public static DateTimeOffset ParseInstant(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (TryParseFixed(text, out var instant))
        {
            return instant;
        }

        return new(DateTime.SpecifyKind(DateTime.ParseExact(text, InstantFormat, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal), DateTimeKind.Utc));
    }

    private static bool TryParseFixed(string t, out DateTimeOffset instant)
    {
        instant = default;
        if (t.Length != 28 || t[4] != '-' || t[7] != '-' || t[10] != 'T' || t[13] != ':' || t[16] != ':' || t[19] != '.' || t[27] != 'Z')
        {
            return false;
        }

        int Digits(int start, int count)
        {
            var value = 0;
            for (var i = start; i < start + count; i++)
            {
                var d = t[i] - '0';
                if (d is < 0 or > 9)
                {
                    return -1;
                }

                value = (value * 10) + d;
            }

            return value;
        }

        int year = Digits(0, 4), month = Digits(5, 2), day = Digits(8, 2), hour = Digits(11, 2), minute = Digits(14, 2), second = Digits(17, 2), fraction = Digits(20, 7);
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour is < 0 or > 23 || minute is < 0 or > 59 || second is < 0 or > 59 || fraction < 0)
        {
            return false;
        }

        instant = new DateTimeOffset(new DateTime(year, month, day, hour, minute, second, DateTimeKind.Utc).AddTicks(fraction), TimeSpan.Zero);
        return true;
    }

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
