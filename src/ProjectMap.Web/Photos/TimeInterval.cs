using System.Globalization;
using ProjectMap.Domain.Time;

namespace ProjectMap.Web.Photos;

/// <summary>
/// The OGC API <c>datetime</c> parameter: an instant (<c>2023-12-15T10:30:00+08:00</c>), a date (<c>2023-12-15</c>, the
/// whole day in Asia/Shanghai) or an interval <c>start/end</c> where either end may be <c>..</c> (open) or a date (the
/// start of its first day, the end of its last day). Instants without an offset are read as UTC, as RFC 3339 requires an
/// offset or Z.
/// </summary>
/// <param name="Start">The first instant included, or null for open.</param>
/// <param name="End">The last instant included, or null for open.</param>
public sealed record TimeInterval(DateTimeOffset? Start, DateTimeOffset? End)
{
    /// <summary>True when <paramref name="instant"/> is inside the interval (ends included).</summary>
    public bool Contains(DateTimeOffset instant) => (Start is null || instant >= Start) && (End is null || instant <= End);

    /// <summary>Parses the parameter; returns false and a sentence for a malformed value.</summary>
    public static bool TryParse(string text, out TimeInterval interval, out string problem)
    {
        ArgumentNullException.ThrowIfNull(text);
        interval = new TimeInterval(null, null);
        problem = string.Empty;
        var parts = text.Split('/');
        if (parts.Length > 2 || text.Trim().Length == 0)
        {
            problem = $"datetime '{text}' must be an RFC 3339 instant or date, or an interval start/end (either end may be ..)";
            return false;
        }

        if (parts.Length == 1)
        {
            if (!TryBound(parts[0], startOfDay: true, out var start) || !TryBound(parts[0], startOfDay: false, out var end) || start is null)
            {
                problem = $"datetime '{text}' is not an RFC 3339 instant or date";
                return false;
            }

            interval = new TimeInterval(start, end);
            return true;
        }

        if (!TryBound(parts[0], startOfDay: true, out var from) || !TryBound(parts[1], startOfDay: false, out var to))
        {
            problem = $"datetime '{text}': each end must be an RFC 3339 instant or date, or .. for open";
            return false;
        }

        if (from is { } f && to is { } t && t < f)
        {
            problem = $"datetime '{text}' ends before it starts";
            return false;
        }

        interval = new TimeInterval(from, to);
        return true;
    }

    private static bool TryBound(string text, bool startOfDay, out DateTimeOffset? value)
    {
        value = null;
        var s = text.Trim();
        if (s is ".." or "")
        {
            return true;
        }

        if (DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            value = startOfDay ? DistrictTime.StartOf(date) : DistrictTime.StartOf(date.AddDays(1)).AddTicks(-1);
            return true;
        }

        if (DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var instant) && s.Contains('T', StringComparison.OrdinalIgnoreCase))
        {
            value = instant;
            return true;
        }

        return false;
    }
}
