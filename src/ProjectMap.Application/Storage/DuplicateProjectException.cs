namespace ProjectMap.Application.Storage;

/// <summary>Thrown when a project code is already in the store (or twice in one batch); nothing of the batch is stored.</summary>
public sealed class DuplicateProjectException : StoreException
{
    /// <summary>Creates the exception for a code.</summary>
    public DuplicateProjectException(string code)
        : base($"project code '{code}' already exists in the store")
    {
        Code = code;
    }

    /// <summary>Creates the exception with a default message.</summary>
    public DuplicateProjectException()
        : base("a project code already exists in the store")
    {
        Code = string.Empty;
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public DuplicateProjectException(string message, Exception inner)
        : base(message, inner)
    {
        Code = string.Empty;
    }

    /// <summary>The duplicated code.</summary>
    public string Code { get; }
}
