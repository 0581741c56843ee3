namespace ProjectMap.Application.Storage;

/// <summary>Thrown when a ledger batch does not extend the stored ledger (stale old value, duplicate first return, entry corrected twice); nothing was stored.</summary>
public sealed class LedgerConflictException : StoreException
{
    /// <summary>Creates the exception with the problems found, the first in the message.</summary>
    public LedgerConflictException(IReadOnlyList<string> problems)
        : base(Describe(problems)) => Problems = problems;

    /// <summary>Creates the exception with one sentence.</summary>
    public LedgerConflictException(string message)
        : base(message) => Problems = [message];

    /// <summary>Creates the exception with a message and its cause.</summary>
    public LedgerConflictException(string message, Exception inner)
        : base(message, inner) => Problems = [message];

    /// <summary>Creates the exception with a default message.</summary>
    public LedgerConflictException()
        : base("the ledger changed meanwhile") => Problems = [Message];

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<string> Problems { get; }

    private static string Describe(IReadOnlyList<string> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        return problems.Count switch
        {
            0 => "the ledger changed meanwhile",
            1 => problems[0] + "; nothing was stored",
            _ => $"{problems[0]} (and {problems.Count - 1} more); nothing was stored",
        };
    }
}
