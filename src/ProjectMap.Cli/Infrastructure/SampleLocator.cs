namespace ProjectMap.Cli.Infrastructure;

/// <summary>Finds the repository's <c>sample-imagery</c> folder by walking up from the working directory, then from the program's folder.</summary>
public static class SampleLocator
{
    /// <summary>The folder name looked for.</summary>
    public const string FolderName = "sample-imagery";

    /// <summary>The absolute path of the sample folder; throws <see cref="CliException"/> when none is found.</summary>
    public static string Find()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, FolderName);
                if (Directory.Exists(Path.Combine(candidate, "district")))
                {
                    return candidate;
                }
            }
        }

        throw new CliException($"cannot find the {FolderName} folder above {Directory.GetCurrentDirectory()}; pass --sample DIR");
    }
}
