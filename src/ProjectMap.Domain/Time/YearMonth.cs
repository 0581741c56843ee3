using System.Globalization;

namespace ProjectMap.Domain.Time;

/// <summary>A calendar month (for example 2023-12), the unit of monthly returns, photos and reports.</summary>
public readonly record struct YearMonth : IComparable<YearMonth>
{
    /// <summary>Creates a month; <paramref name="month"/> is 1 to 12 and <paramref name="year"/> 1 to 9999.</summary>
    public YearMonth(int year, int month)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        Year = year;
        Month = month;
    }

    /// <summary>The year, 1 to 9999.</summary>
    public int Year { get; }

    /// <summary>The month of the year, 1 to 12.</summary>
    public int Month { get; }

    /// <summary>The first day of the month.</summary>
    public DateOnly FirstDay => new(Year, Month, 1);

    /// <summary>The last day of the month.</summary>
    public DateOnly LastDay => new(Year, Month, DateTime.DaysInMonth(Year, Month));

    /// <summary>Number of days in the month.</summary>
    public int Days => DateTime.DaysInMonth(Year, Month);

    /// <summary>The month containing a date.</summary>
    public static YearMonth Of(DateOnly date) => new(date.Year, date.Month);

    /// <summary>Parses <c>yyyy-MM</c> (also accepts <c>yyyy/MM</c> and <c>yyyyMM</c>); throws <see cref="FormatException"/> otherwise.</summary>
    public static YearMonth Parse(string text) =>
        TryParse(text, out var value) ? value : throw new FormatException($"'{text}' is not a month; write it as YYYY-MM, for example 2023-12");

    /// <summary>Parses <c>yyyy-MM</c> (also <c>yyyy/MM</c> and <c>yyyyMM</c>).</summary>
    public static bool TryParse(string? text, out YearMonth value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        // The stored form (yyyy-MM) digit by digit: stores read it for every return and photo.
        if (text.Length == 7 && text[4] == '-' && Digits(text, 0, 4) is var y and >= 1 && Digits(text, 5, 2) is var m and >= 1 and <= 12)
        {
            value = new YearMonth(y, m);
            return true;
        }

        string[] formats = ["yyyy-MM", "yyyy/MM", "yyyyMM", "yyyy-M", "yyyy/M"];
        if (DateTime.TryParseExact(text.Trim(), formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var dt))
        {
            value = new YearMonth(dt.Year, dt.Month);
            return true;
        }

        return false;
    }

    /// <summary>The value of <paramref name="count"/> ASCII digits from <paramref name="start"/>, or -1 when one is not a digit.</summary>
    private static int Digits(string text, int start, int count)
    {
        var value = 0;
        for (var i = start; i < start + count; i++)
        {
            var d = text[i] - '0';
            if (d is < 0 or > 9)
            {
                return -1;
            }

            value = (value * 10) + d;
        }

        return value;
    }

    /// <summary>The month <paramref name="months"/> later (negative for earlier).</summary>
    public YearMonth AddMonths(int months)
    {
        var d = FirstDay.AddMonths(months);
        return new YearMonth(d.Year, d.Month);
    }

    /// <summary>Whole months from this month to <paramref name="other"/> (positive when other is later).</summary>
    public int MonthsUntil(YearMonth other) => ((other.Year - Year) * 12) + (other.Month - Month);

    /// <inheritdoc />
    public int CompareTo(YearMonth other) => Year != other.Year ? Year.CompareTo(other.Year) : Month.CompareTo(other.Month);

    /// <summary>True when <paramref name="a"/> is an earlier month than <paramref name="b"/>.</summary>
    public static bool operator <(YearMonth a, YearMonth b) => a.CompareTo(b) < 0;

    /// <summary>True when <paramref name="a"/> is a later month than <paramref name="b"/>.</summary>
    public static bool operator >(YearMonth a, YearMonth b) => a.CompareTo(b) > 0;

    /// <summary>True when <paramref name="a"/> is the same month as or earlier than <paramref name="b"/>.</summary>
    public static bool operator <=(YearMonth a, YearMonth b) => a.CompareTo(b) <= 0;

    /// <summary>True when <paramref name="a"/> is the same month as or later than <paramref name="b"/>.</summary>
    public static bool operator >=(YearMonth a, YearMonth b) => a.CompareTo(b) >= 0;

    /// <summary>The month as <c>yyyy-MM</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}");
}
