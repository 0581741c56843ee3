namespace ProjectMap.Web.Uploads;

/// <summary>A chunk that does not continue the bytes received so far; <see cref="Received"/> says where to continue.</summary>
public sealed class UploadConflictException : Exception
{
    /// <summary>Creates the exception for an upload that has received <paramref name="received"/> bytes.</summary>
    public UploadConflictException(long received)
        : base(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"the upload has {received} bytes; continue from offset {received}"))
    {
        Received = received;
    }

    /// <summary>Creates the exception with a message.</summary>
    public UploadConflictException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public UploadConflictException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    public UploadConflictException(string message, Exception inner)
        : base(message, inner)
    {
    }

    /// <summary>The bytes received so far: the offset to continue from.</summary>
    public long Received { get; }
}
