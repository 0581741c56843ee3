namespace ProjectMap.Application.Storage;

/// <summary>A store refused an operation; the message says why in one sentence.</summary>
public class StoreException : Exception
{
    /// <summary>Creates the exception with a sentence saying what went wrong.</summary>
    public StoreException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a sentence and the error that caused it.</summary>
    public StoreException(string message, Exception inner)
        : base(message, inner)
    {
    }

    /// <summary>Creates the exception with a default message.</summary>
    public StoreException()
        : base("the store refused the operation")
    {
    }
}
