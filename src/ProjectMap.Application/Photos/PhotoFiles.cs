namespace ProjectMap.Application.Photos;

/// <summary>Expands command-line paths into photo files, lazily so that any number of files streams through.</summary>
public static class PhotoFiles
{
    /// <summary>File extensions taken from folders (case-insensitive); files named explicitly are taken whatever their extension.</summary>
    public static IReadOnlySet<string> Extensions { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".jpg", ".jpeg", ".tif", ".tiff" };

    /// <summary>
    /// Every file named, and every photo file under every folder named (recursively, in ordinal path order, hidden
    /// entries and symbolic-link folders skipped). A path that does not exist is returned as is, so its inspection
    /// reports it rather than silently skipping it.
    /// </summary>
    public static IEnumerable<string> Expand(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var file in Walk(path))
                {
                    yield return file;
                }
            }
            else
            {
                yield return path;
            }
        }
    }

    private static IEnumerable<string> Walk(string directory)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = false, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System };
        var files = Directory.EnumerateFiles(directory, "*", options).Where(f => Extensions.Contains(Path.GetExtension(f))).Order(StringComparer.Ordinal).ToList();
        foreach (var f in files)
        {
            yield return f;
        }

        var subdirectories = Directory.EnumerateDirectories(directory, "*", options)
            .Where(d => (File.GetAttributes(d) & FileAttributes.ReparsePoint) == 0)
            .Order(StringComparer.Ordinal).ToList();
        foreach (var sub in subdirectories)
        {
            foreach (var f in Walk(sub))
            {
                yield return f;
            }
        }
    }
}
