namespace ProjectMap.Application.Storage;

/// <summary>Thrown when an operation names a user the store does not hold.</summary>
public sealed class UserNotFoundException : StoreException
{
    /// <summary>Creates the exception for a name.</summary>
    public UserNotFoundException(string name)
        : base($"no user '{name}' in the store")
    {
        Name = name;
    }

    /// <summary>Creates the exception with a default message.</summary>
    public UserNotFoundException()
        : base("no such user in the store")
    {
        Name = string.Empty;
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public UserNotFoundException(string message, Exception inner)
        : base(message, inner)
    {
        Name = string.Empty;
    }

    /// <summary>The name that was not found.</summary>
    public string Name { get; }
}
