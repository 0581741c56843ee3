namespace ProjectMap.Domain.Ledger;

/// <summary>A project's status for a month, in rising order of concern: 正常 (normal), 预警 (warning), 滞后 (delayed).</summary>
public enum StatusLevel
{
    /// <summary>正常: on schedule and spending to plan.</summary>
    Normal = 0,

    /// <summary>预警: slipping; a milestone up to the warning period overdue, a late forecast, or investment somewhat behind.</summary>
    Warning = 1,

    /// <summary>滞后: a milestone overdue beyond the warning period, or investment far behind the year's plan.</summary>
    Delayed = 2,
}
