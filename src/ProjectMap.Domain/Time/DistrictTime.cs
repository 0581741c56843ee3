namespace ProjectMap.Domain.Time;

/// <summary>
/// The district's civil time, Asia/Shanghai (UTC+8, no daylight saving since 1991): dates, month boundaries and
/// DJI's zone-less EXIF timestamps are read in it unless configured otherwise.
/// </summary>
public static class DistrictTime
{
    /// <summary>The IANA name of the default district time zone.</summary>
    public const string DefaultZoneId = "Asia/Shanghai";

    private static readonly Lazy<TimeZoneInfo> Shanghai = new(() => FindZone(DefaultZoneId));

    /// <summary>The Asia/Shanghai zone, or a fixed UTC+8 zone when the machine has no time-zone database.</summary>
    public static TimeZoneInfo Zone => Shanghai.Value;

    /// <summary>Finds a zone by IANA id; "Asia/Shanghai" falls back to fixed UTC+8 where tzdata is missing.</summary>
    public static TimeZoneInfo FindZone(string id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (TimeZoneNotFoundException) when (id == DefaultZoneId)
        {
            return TimeZoneInfo.CreateCustomTimeZone(DefaultZoneId, TimeSpan.FromHours(8), "China Standard Time", "China Standard Time");
        }
    }

    /// <summary>The district date of an instant.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);

    /// <summary>The instant a district date begins (00:00 local time).</summary>
    public static DateTimeOffset StartOf(DateOnly date)
    {
        var local = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local));
    }

    /// <summary>The last instant of a month in district time, i.e. one tick before the next month begins.</summary>
    public static DateTimeOffset EndOf(YearMonth month) => StartOf(month.AddMonths(1).FirstDay).AddTicks(-1);
}
