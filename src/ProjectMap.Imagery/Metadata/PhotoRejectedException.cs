namespace ProjectMap.Imagery.Metadata;

/// <summary>A file cannot be used as a georeferenced photo; <see cref="Exception.Message"/> is the reason in one sentence.</summary>
public sealed class PhotoRejectedException : Exception
{
    /// <summary>Creates the exception with the reason.</summary>
    public PhotoRejectedException(string reason)
        : base(reason)
    {
    }

    /// <summary>Creates the exception with the reason and the error that caused it.</summary>
    public PhotoRejectedException(string reason, Exception inner)
        : base(reason, inner)
    {
    }

    /// <summary>Creates the exception with a default reason.</summary>
    public PhotoRejectedException()
        : base("the file is not a usable photo")
    {
    }
}
