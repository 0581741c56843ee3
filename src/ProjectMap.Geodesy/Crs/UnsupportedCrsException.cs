namespace ProjectMap.Geodesy.Crs;

/// <summary>Thrown when input names or describes a coordinate reference system ProjectMap does not read.</summary>
public sealed class UnsupportedCrsException : Exception
{
    /// <summary>Creates the exception with a sentence naming the system and what is supported.</summary>
    public UnsupportedCrsException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the error that caused it.</summary>
    public UnsupportedCrsException(string message, Exception inner)
        : base(message, inner)
    {
    }

    /// <summary>Creates the exception with a default message.</summary>
    public UnsupportedCrsException()
        : base("unsupported coordinate reference system")
    {
    }
}
