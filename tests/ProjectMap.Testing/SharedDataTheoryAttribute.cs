namespace ProjectMap.Testing;

/// <summary>A theory that needs a path under the shared folder; it is skipped, saying why, when the path is absent.</summary>
public sealed class SharedDataTheoryAttribute : TheoryAttribute
{
    /// <summary>Creates the attribute for a path relative to the shared folder.</summary>
    public SharedDataTheoryAttribute(string relativePath)
    {
        RelativePath = relativePath;
        if (SharedData.PathOf(relativePath) is null)
        {
            Skip = SharedData.MissingMessage(relativePath);
        }
    }

    /// <summary>The path the test needs, relative to the shared folder.</summary>
    public string RelativePath { get; }
}
