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

    /// <summary>Creates the exception with a default message.</summary>
    public LedgerRuleException()
        : base("the ledger change breaks a rule")
    {
    }
}
