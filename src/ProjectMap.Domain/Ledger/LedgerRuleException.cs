namespace ProjectMap.Domain.Ledger;

/// <summary>Thrown when a ledger change breaks a rule (a planned date moved without a reason, an actual date in the future, …); the message says which.</summary>
public sealed class LedgerRuleException : Exception
{
    /// <summary>Creates the exception with one sentence saying what rule was broken and how to fix it.</summary>
    public LedgerRuleException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public LedgerRuleException(string message, Exception inner)
        : base(message, inner)
    {
    }

    /// <summary>Creates the exception with a sentence and the input field it concerns (see <see cref="Field"/>).</summary>
    public LedgerRuleException(string message, string field)
        : base(message) => Field = field;

    /// <summary>The input the rule concerns, when known: "step", "planned", "forecast", "actual", "weight", "reason", "amount", "year", "recordedAt".</summary>
    public string? Field { get; }

    /// <summary>Creates the exception with a default message.</summary>
    public LedgerRuleException()
        : base("the ledger change breaks a rule")
    {
    }
}
