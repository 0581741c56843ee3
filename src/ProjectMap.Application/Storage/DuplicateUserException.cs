namespace ProjectMap.Application.Storage;

/// <summary>Thrown when a user name (in any letter case) is already in the store; nothing is stored.</summary>
public sealed class DuplicateUserException : StoreException
{
    /// <summary>Creates the exception for a name.</summary>
    public DuplicateUserException(string name)
        : base($"user '{name}' already exists in the store")
    {
        Name = name;
    }

    /// <summary>Creates the exception with a default message.</summary>
    public DuplicateUserException()
        : base("the user already exists in the store")
    {
        Name = string.Empty;
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public DuplicateUserException(string message, Exception inner)
        : base(message, inner)
    {
        Name = string.Empty;
    }

    /// <summary>The duplicated name.</summary>
    public string Name { get; }
}
