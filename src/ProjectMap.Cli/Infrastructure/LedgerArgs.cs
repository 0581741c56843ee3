using System.Globalization;
using ProjectMap.Domain.Ledger;
using ProjectMap.Domain.Time;

namespace ProjectMap.Cli.Infrastructure;

/// <summary>Parsing and formatting shared by the ledger commands: dates, as-of instants, languages, who records.</summary>
public static class LedgerArgs
{
    /// <summary>Parses a yyyy-MM-dd date or throws <see cref="CliException"/> naming the option.</summary>
    public static DateOnly? Date(string? text, string option)
    {
        if (text is null)
        {
            return null;
        }

        return DateOnly.TryParseExact(text.Trim(), ["yyyy-MM-dd", "yyyy/M/d", "yyyy-M-d"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw new CliException($"{option}: '{text}' is not a date; write it as 2023-08-31");
    }

    /// <summary>
    /// The as-of instant: null or empty gives <paramref name="fallback"/>; "now" the current time; a date the last
    /// instant of that day and "yyyy-MM-dd HH:mm" that minute, both Asia/Shanghai time.
    /// </summary>
    public static DateTimeOffset? AsOf(string? text, DateTimeOffset? fallback)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        if (text.Trim().Equals("now", StringComparison.OrdinalIgnoreCase))
        {
            return DateTimeOffset.Now;
        }

        if (Date(text, "--as-of") is { } day)
        {
            return EffectiveTime.EndOfDay(day);
        }

        throw new CliException($"--as-of: '{text}' is not a date");
    }

    /// <summary>True for English output (<c>--lang en</c>); Chinese is the default.</summary>
    public static bool English(string? lang) => lang?.Trim().ToLowerInvariant() switch
    {
        null or "" or "zh" or "zh-cn" or "zh-hans" => false,
        "en" or "en-gb" or "en-us" => true,
        _ => throw new CliException($"--lang: '{lang}' is not supported; use zh or en"),
    };

    /// <summary>Who records an edit: the --by value, else the login name.</summary>
    public static string By(string? by) => string.IsNullOrWhiteSpace(by) ? Environment.UserName : by.Trim();

    /// <summary>Parses a month (yyyy-MM) or throws <see cref="CliException"/>.</summary>
    public static YearMonth Month(string? text, string option) =>
        YearMonth.TryParse(text, out var m) ? m : throw new CliException($"{option}: '{text}' is not a month; write it as 2023-12");

    /// <summary>Parses an amount in 万元 or throws <see cref="CliException"/>.</summary>
    public static decimal Amount(string? text, string option) =>
        decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var d) ? d : throw new CliException($"{option}: '{text}' is not an amount in 万元");

    /// <summary>A date as yyyy-MM-dd, or "-".</summary>
    public static string Show(DateOnly? date) => LedgerValues.FormatDate(date) ?? "-";

    /// <summary>An amount in 万元 with thousands separators and up to 4 decimals.</summary>
    public static string Wan(decimal amount) => amount.ToString("#,0.####", CultureInfo.InvariantCulture);

    /// <summary>A percentage with one decimal, or "-".</summary>
    public static string Pct(decimal? pct) => pct is { } p ? p.ToString("0.0", CultureInfo.InvariantCulture) + "%" : "-";

    /// <summary>An instant in Asia/Shanghai time as yyyy-MM-dd HH:mm:ss, or "baseline" for baseline plans.</summary>
    public static string Instant(DateTimeOffset instant) => instant == EffectiveTime.Baseline
        ? "baseline"
        : TimeZoneInfo.ConvertTime(instant, DistrictTime.Zone).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
