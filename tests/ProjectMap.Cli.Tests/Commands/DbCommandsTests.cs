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
    public async Task BenchStore_SmallRunOnANewGeoPackage_PrintsFiguresGoalAndWhatIsNotMeasuredYet()
    {
        var db = _folder.Combine("bench.gpkg");

        var (code, output, error) = await Run("bench", "store", "--db", db, "--projects", "200", "--queries", "30");

        Assert.True(code == 0, error);
        Assert.Contains("projects loaded       200 in ", output, StringComparison.Ordinal);
        Assert.Matches(@"bbox query            p50 \d+\.\d\d ms, p95 \d+\.\d\d ms, max \d+\.\d\d ms over 30 viewports", output);
        Assert.Matches(@"  goal p95 < 50 ms   (met|NOT met)", output);
        Assert.Contains("not measured          monthly status of all projects", output, StringComparison.Ordinal);
        Assert.Contains("timing 30 viewport queries", error, StringComparison.Ordinal);
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
