using System.Text.Json;
using ProjectMap.Testing;

namespace ProjectMap.Cli.Tests.Commands;

/// <summary><c>db copy</c> and <c>db checksum</c> between GeoPackage files (the PostGIS directions are tested with the PostGIS store).</summary>
public sealed class DbCommandsTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    private static string SampleFile => RepositoryRoot.Combine("sample-imagery", "district", "projects.geojson");

    [Fact]
    public async Task DbCopy_GeoPackageToNewGeoPackage_PrintsEqualCountsAndChecksums()
    {
        var source = _folder.Combine("a.gpkg");
        var copy = _folder.Combine("sub", "b.gpkg");
        Assert.Equal(0, (await Run("project", "import", SampleFile, "--db", source)).ExitCode);

        var (code, output, error) = await Run("db", "copy", "--from", source, "--to", copy);

        Assert.True(code == 0, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith($"copied GeoPackage {source} -> GeoPackage {copy}", lines[0], StringComparison.Ordinal);
        var row = lines.Single(l => l.StartsWith("projects", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["projects", "6", "6", "6"], row[..4]);
        Assert.Equal(row[4], row[5]);
        Assert.Equal(64, row[4].Length);
        Assert.Equal("yes", row[6]);
        Assert.Equal("all concerns equal: nothing lost", lines[^1]);
        Assert.Equal(await Checksum(source), await Checksum(copy));
    }

    [Fact]
    public async Task DbCopy_OntoItself_RefusedWithOneLine()
    {
        var source = _folder.Combine("a.gpkg");
        await Run("project", "import", SampleFile, "--db", source);

        var (code, _, error) = await Run("db", "copy", "--from", source, "--to", source);

        Assert.Equal(1, code);
        Assert.Equal($"projectmap: cannot copy {source} onto itself", error.Trim());
    }

    [Fact]
    public async Task DbCopy_MissingSource_FailsWithoutCreatingTheDestination()
    {
        var destination = _folder.Combine("never.gpkg");

        var (code, _, error) = await Run("db", "copy", "--from", _folder.Combine("missing.gpkg"), "--to", destination);

        Assert.Equal(1, code);
        Assert.Contains("no GeoPackage at", error, StringComparison.Ordinal);
        Assert.False(File.Exists(destination));
    }

    [Fact]
    public async Task DbCopy_WithoutTo_UsageErrorExitCode2()
    {
        var (code, _, error) = await Run("db", "copy", "--from", "x.gpkg");

        Assert.Equal(2, code);
        Assert.Contains("--to", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DbChecksum_EmptyStore_CountsZeroWithTheHashOfNothing()
    {
        var db = _folder.Combine("empty.gpkg");
        await Run("init", "--db", db);

        var (code, output, _) = await Run("db", "checksum", "--db", db);

        Assert.Equal(0, code);
        Assert.Contains("projects      0  e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BenchStore_SmallRunOnANewGeoPackage_PrintsEveryFigureWithItsGoal()
    {
        var db = _folder.Combine("bench.gpkg");

        var (code, output, error) = await Run("bench", "store", "--db", db, "--projects", "200", "--photos", "3000", "--queries", "30");

        Assert.True(code == 0, error);
        Assert.Contains("projects loaded       200 in ", output, StringComparison.Ordinal);
        Assert.Matches(@"ledger loaded         [\d,]+ records in \d+\.\d\d s", output);
        Assert.Contains("photos loaded         3,000 in ", output, StringComparison.Ordinal);
        Assert.Matches(@"parcel bbox query     p50 \d+\.\d\d ms, p95 \d+\.\d\d ms, max \d+\.\d\d ms over 30 viewports", output);
        Assert.Matches(@"footprints, one month p50 \d+\.\d\d ms, p95 \d+\.\d\d ms, max \d+\.\d\d ms over 30 viewports, \d+\.\d footprints per viewport", output);
        Assert.Matches(@"footprints, all months p50 .* viewports at the limit of 2,000", output);
        Assert.Matches(@"monthly status        2024-12, all 200 projects: \d+\.\d\d ms, \d+\.\d\d ms, \d+\.\d\d ms \(delayed \d+, normal \d+, warning \d+\)", output);
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Count(output, "  goal p95 < 50 ms     (met|NOT met)"));
        Assert.Matches("  goal < 2 s, every run   (met|NOT met)", output);
        Assert.DoesNotContain("not measured", output, StringComparison.Ordinal);
        Assert.Contains("timing 30 parcel viewport queries", error, StringComparison.Ordinal);

        // The benchmark's store is a real one: its content checksums and copies like any other.
        var copy = await Run("db", "copy", "--from", db, "--to", _folder.Combine("bench-copy.gpkg"), "--json");
        Assert.True(copy.ExitCode == 0, copy.Error);
        Assert.True(JsonDocument.Parse(copy.Output).RootElement.GetProperty("equal").GetBoolean());
    }

    [Fact]
    public async Task BenchStore_NegativePhotos_UsageErrorExitCode2()
    {
        var (code, _, error) = await Run("bench", "store", "--db", _folder.Combine("never.gpkg"), "--photos", "-1");

        Assert.Equal(2, code);
        Assert.Equal("projectmap: --projects and --queries must be at least 1, --photos at least 0", error.Trim());
        Assert.False(File.Exists(_folder.Combine("never.gpkg")));
    }

    public void Dispose() => _folder.Dispose();

    private async Task<string> Checksum(string db)
    {
        var (code, output, error) = await Run("db", "checksum", "--json", "--db", db);
        Assert.True(code == 0, error);
        return JsonDocument.Parse(output).RootElement.GetProperty("concerns")[0].GetProperty("sha256").GetString()!;
    }

    private static Task<(int ExitCode, string Output, string Error)> Run(params string[] args) => CliRunner.RunAsync(args);
}
