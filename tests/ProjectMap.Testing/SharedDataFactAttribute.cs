namespace ProjectMap.Testing;

/// <summary>A fact that needs a path under the shared folder (e.g. "realdata/brighton-beach"); it is skipped, saying why, when the path is absent.</summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    /// <summary>Creates the attribute for a path relative to the shared folder.</summary>
    public SharedDataFactAttribute(string relativePath)
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
