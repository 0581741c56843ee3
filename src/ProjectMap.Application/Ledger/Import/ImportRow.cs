using ProjectMap.Application.Ledger.Spreadsheets;
using ProjectMap.Domain.Ledger;
using ProjectMap.Domain.Projects;
using ProjectMap.Domain.Time;

namespace ProjectMap.Application.Ledger.Import;

/// <summary>One parsed data row of a ledger sheet, ready to be applied in recording order.</summary>
internal sealed record ImportRow
{
    public required SheetTable Table { get; init; }

    public required SheetRow Row { get; init; }

    public required LedgerTableKind Kind { get; init; }

    public required IReadOnlyDictionary<LedgerColumn, int> Columns { get; init; }

    public required int Sequence { get; init; }

    public required ProjectCode Code { get; init; }

    public required DateTimeOffset RecordedAt { get; init; }

    public required bool RecordedAtGiven { get; init; }

    public required string By { get; init; }

    public string Reason { get; init; } = string.Empty;

    public MilestoneUpdate? Milestone { get; init; }

    public YearMonth Month { get; init; }

    public int Year { get; init; }

    public decimal Amount { get; init; }
}
