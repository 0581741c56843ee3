using ProjectMap.Testing;

namespace ProjectMap.Imagery.Tests;

/// <summary>The issue-3 test files kept in TestData (small photos made with exiftool from a 64 × 36 crop of a real DJI photo).</summary>
internal static class TestFiles
{
    public const string ValidDji = "issue3-valid-dji.jpg";

    public static string Path(string name) => RepositoryRoot.Combine("tests", "ProjectMap.Imagery.Tests", "TestData", name);
}
