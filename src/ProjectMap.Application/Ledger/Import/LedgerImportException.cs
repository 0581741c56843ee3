namespace ProjectMap.Application.Ledger.Import;

/// <summary>Thrown when a ledger spreadsheet has bad rows and invalid rows are not to be skipped; nothing was stored.</summary>
public sealed class LedgerImportException : Exception
{
    /// <summary>Creates the exception from every problem found (at least one).</summary>
    public LedgerImportException(IReadOnlyList<LedgerImportProblem> problems)
        : base(Describe(problems)) => Problems = problems;

    /// <summary>Creates the exception with a message.</summary>
    public LedgerImportException(string message)
        : base(message) => Problems = [];

    /// <summary>Creates the exception with a message and its cause.</summary>
    public LedgerImportException(string message, Exception inner)
        : base(message, inner) => Problems = [];

    /// <summary>Creates the exception with a default message.</summary>
    public LedgerImportException()
        : base("the ledger import was refused") => Problems = [];

    /// <summary>Every problem found, in file order.</summary>
    public IReadOnlyList<LedgerImportProblem> Problems { get; }

    private static string Describe(IReadOnlyList<LedgerImportProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var rows = problems.Select(p => (p.Sheet, p.Row)).Distinct().Count();
        return problems.Count == 0
            ? "the ledger import was refused"
            : $"{problems.Count} problem(s) in {rows} row(s), first: {problems[0]}; nothing was imported (fix the rows, or pass --skip-invalid to import the good rows only)";
    }
}
