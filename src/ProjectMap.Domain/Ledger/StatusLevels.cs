namespace ProjectMap.Domain.Ledger;

/// <summary>Names of <see cref="StatusLevel"/> values: the JSON words normal/warning/delayed and the Chinese 正常/预警/滞后.</summary>
public static class StatusLevels
{
    /// <summary>"normal", "warning" or "delayed", as the status JSON writes it.</summary>
    public static string Word(StatusLevel level) => level switch
    {
        StatusLevel.Normal => "normal",
        StatusLevel.Warning => "warning",
        StatusLevel.Delayed => "delayed",
        _ => throw new ArgumentOutOfRangeException(nameof(level)),
    };

    /// <summary>正常, 预警 or 滞后 (or the English word when <paramref name="english"/>).</summary>
    public static string Label(StatusLevel level, bool english) => english ? Word(level) : level switch
    {
        StatusLevel.Normal => "正常",
        StatusLevel.Warning => "预警",
        StatusLevel.Delayed => "滞后",
        _ => throw new ArgumentOutOfRangeException(nameof(level)),
    };
}
