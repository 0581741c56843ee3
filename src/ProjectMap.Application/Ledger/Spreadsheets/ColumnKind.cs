namespace ProjectMap.Application.Ledger.Spreadsheets;

/// <summary>How a written column's values are typed: XLSX writes real number and date cells, CSV writes invariant text.</summary>
public enum ColumnKind
{
    /// <summary>Text (string values).</summary>
    Text,

    /// <summary>A decimal amount (decimal values), shown with 2–4 decimals and thousands separators.</summary>
    Amount,

    /// <summary>A whole number (int values).</summary>
    Integer,

    /// <summary>A calendar day (DateOnly values), shown yyyy-mm-dd.</summary>
    Date,

    /// <summary>A month (YearMonth values): an XLSX date cell on the month's first day shown yyyy-mm; CSV text yyyy-MM.</summary>
    Month,

    /// <summary>An instant (DateTimeOffset values), written in Asia/Shanghai time, shown yyyy-mm-dd hh:mm:ss.</summary>
    Instant,
}
