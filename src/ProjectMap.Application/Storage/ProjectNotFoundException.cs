namespace ProjectMap.Application.Storage;

/// <summary>Thrown when an operation names a project code the store does not hold.</summary>
public sealed class ProjectNotFoundException : StoreException
{
    /// <summary>Creates the exception for a code.</summary>
    public ProjectNotFoundException(string code)
        : base($"no project with code '{code}' in the store")
    {
        Code = code;
    }

    /// <summary>Creates the exception with a default message.</summary>
    public ProjectNotFoundException()
        : base("no such project in the store")
    {
        Code = string.Empty;
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public ProjectNotFoundException(string message, Exception inner)
        : base(message, inner)
    {
        Code = string.Empty;
    }

    /// <summary>The code that was not found.</summary>
    public string Code { get; }
}
