using ProjectMap.Domain.Projects;
using ProjectMap.Domain.Time;

namespace ProjectMap.Domain.Ledger;

/// <summary>
/// A monthly investment return (月度完成投资): the amount a project completed in one month, in 万元. Never overwritten:
/// a correction is a new entry whose <see cref="CorrectsId"/> names the entry it replaces, and whose amount is the
/// month's corrected amount (not a difference).
/// </summary>
public sealed record InvestmentEntry : ICorrectableEntry
{
    /// <inheritdoc />
    public required Guid Id { get; init; }

    /// <inheritdoc />
    public required ProjectCode Code { get; init; }

    /// <summary>The month the investment was completed in.</summary>
    public required YearMonth Month { get; init; }

    /// <summary>Investment completed in the month, in 万元, 0 or more with at most 4 decimals.</summary>
    public required decimal AmountWan { get; init; }

    /// <inheritdoc />
    public Guid? CorrectsId { get; init; }

    /// <summary>Why the entry was made or corrected; empty when none was given (corrections need one).</summary>
    public string Reason { get; init; } = string.Empty;

    /// <summary>Who recorded the entry.</summary>
    public required string RecordedBy { get; init; }

    /// <inheritdoc />
    public required DateTimeOffset RecordedAt { get; init; }

    /// <inheritdoc />
    public required DateTimeOffset EffectiveAt { get; init; }

    /// <inheritdoc />
    public string Period => Month.ToString();
}
