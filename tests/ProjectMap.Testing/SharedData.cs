namespace ProjectMap.Testing;

/// <summary>
/// Finds the read-only shared folder beside the checkout (<c>../shared</c>: vectors/, realdata/): the
/// PROJECTMAP_SHARED environment variable, else a sibling <c>shared</c> folder of the repository root or of any
/// folder above it, else /work/shared. Tests that need it skip with a message naming the path when it is absent.
/// </summary>
public static class SharedData
{
    /// <summary>The shared folder, or null when none is found.</summary>
    public static string? Root { get; } = Find();

    /// <summary>A path under the shared folder, or null when the folder or the path is absent.</summary>
    public static string? PathOf(string relative)
    {
        if (Root is null)
        {
            return null;
        }

        var p = Path.Combine(Root, relative);
        return File.Exists(p) || Directory.Exists(p) ? p : null;
    }

    /// <summary>Why a test that needs <paramref name="relative"/> cannot run, for Skip messages.</summary>
    public static string MissingMessage(string relative) =>
        $"shared test data '{relative}' not found (looked for ../shared beside the checkout, PROJECTMAP_SHARED and /work/shared)";

    private static string? Find()
    {
        if (Environment.GetEnvironmentVariable("PROJECTMAP_SHARED") is { Length: > 0 } env && Directory.Exists(env))
        {
            return env;
        }

        for (var dir = new DirectoryInfo(RepositoryRoot.Path); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(System.IO.Path.Combine(candidate, "vectors")))
            {
                return candidate;
            }
        }

        return Directory.Exists("/work/shared/vectors") ? "/work/shared" : null;
    }
}
