namespace ProjectMap.Application.Users;

/// <summary>A user account change breaks a rule (weak password, projects for a non-officer); the message says which.</summary>
public sealed class UserRuleException : Exception
{
    /// <summary>Creates the exception with the sentence to show.</summary>
    public UserRuleException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a sentence and its cause.</summary>
    public UserRuleException(string message, Exception inner)
        : base(message, inner)
    {
    }

    /// <summary>Creates the exception with a default message.</summary>
    public UserRuleException()
        : base("the user account change breaks a rule")
    {
    }
}
