using ProjectMap.Testing;

namespace ProjectMap.Cli.Tests.Photos;

/// <summary>Test photos for ingest: the issue-3 corpus and distinct copies of the valid DJI test photo.</summary>
internal static class PhotoFixtures
{
    public static string Corpus(string name) => RepositoryRoot.Combine("tests", "ProjectMap.Imagery.Tests", "TestData", name);

    /// <summary>
    /// Writes <paramref name="count"/> different valid photos into <paramref name="folder"/>: the valid DJI test photo
    /// with a numbered trailer after its end-of-image marker (as cameras append), so each has its own SHA-256.
    /// </summary>
    public static void WriteDistinctPhotos(string folder, int count)
    {
        Directory.CreateDirectory(folder);
        var bytes = File.ReadAllBytes(Corpus("issue3-valid-dji.jpg"));
        for (var i = 0; i < count; i++)
        {
            var trailer = System.Text.Encoding.ASCII.GetBytes($"trailer-{i:D6}");
            File.WriteAllBytes(Path.Combine(folder, $"DJI_{i:D4}.JPG"), [.. bytes, .. trailer]);
        }
    }

    /// <summary>The CLI's assembly beside the test assembly.</summary>
    public static string CliDll => Path.Combine(AppContext.BaseDirectory, "projectmap.dll");
}
