namespace ProjectMap.Rendering.Text;

/// <summary>No typeface with Chinese glyphs could be loaded, so Chinese text would be drawn as empty boxes; the message says what to install.</summary>
public sealed class FontUnavailableException : Exception
{
    /// <summary>Creates the exception with a message.</summary>
    public FontUnavailableException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the cause.</summary>
    public FontUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with the standard message.</summary>
    public FontUnavailableException()
        : base("no CJK typeface is available")
    {
    }
}
