namespace ProjectMap.Application.Ledger.Import;

/// <summary>What a ledger import did.</summary>
/// <param name="Tables">Each recognised sheet with its kind and number of data rows.</param>
/// <param name="RowsApplied">Rows that added something to the ledger.</param>
/// <param name="RowsUnchanged">Rows whose values the ledger already held (re-imports change nothing).</param>
/// <param name="Skipped">Bad rows skipped (only with --skip-invalid), one problem each or more.</param>
/// <param name="Warnings">Sheets that are not ledger tables and were left out, one sentence each.</param>
/// <param name="MilestoneChanges">Milestone change records added.</param>
/// <param name="InvestmentEntries">Investment returns and corrections added.</param>
/// <param name="AnnualPlans">Annual plans and revisions added.</param>
public sealed record LedgerImportResult(
    IReadOnlyList<(string Sheet, LedgerTableKind Kind, int Rows)> Tables,
    int RowsApplied,
    int RowsUnchanged,
    IReadOnlyList<LedgerImportProblem> Skipped,
    IReadOnlyList<string> Warnings,
    int MilestoneChanges,
    int InvestmentEntries,
    int AnnualPlans);
