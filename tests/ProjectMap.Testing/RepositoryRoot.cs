namespace ProjectMap.Testing;

/// <summary>The checkout's root folder (the one holding ProjectMap.sln), found by walking up from the test assembly.</summary>
public static class RepositoryRoot
{
    /// <summary>The absolute path of the repository root.</summary>
    public static string Path { get; } = Find();

    /// <summary>A path inside the repository.</summary>
    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "ProjectMap.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"ProjectMap.sln not found above {AppContext.BaseDirectory}");
    }
}
