using System.Text.Json;
using ProjectMap.Testing;

namespace ProjectMap.Cli.Tests.Photos;

/// <summary>Where photo originals go when the store is a PostgreSQL database: never a guess, always a configured folder.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PhotoFilesPostGisTests(PostgresServer server) : IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Ingest_PostGisWithNoFolderConfigured_FailsWithOneLineSayingHowAndWritesNothing()
    {
        var url = server.UrlFor(server.NewDatabaseName("nofiles"));
        await Ok("init", "--db", url);

        var run = await CliRunner.RunAsync("photo", "ingest", PhotoFixtures.Corpus("issue3-valid-dji.jpg"), "--db", url);

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(
            $"projectmap: {url} has no folder for photo originals: give --files DIR (a folder every server reaches, e.g. shared storage), set PROJECTMAP_FILES, " +
            $"or record it once for every server with 'projectmap init --db {url} --files DIR'",
            line);
        Assert.Equal("0", await server.QueryAsync(PostgresServer.DatabaseOf(url), "SELECT count(*) FROM photos"));
    }

    [Fact]
    public async Task InitFiles_FolderRecordedInTheDatabase_IngestWithoutFilesPutsOriginalsThere()
    {
        var url = server.UrlFor(server.NewDatabaseName("files"));
        var shared = _folder.Combine("shared", "projectmap-files");

        var init = JsonDocument.Parse((await Ok("init", "--db", url, "--files", shared, "--json")).Output).RootElement;
        var ingest = JsonDocument.Parse((await Ok("photo", "ingest", PhotoFixtures.Corpus("issue3-valid-dji.jpg"), "--db", url, "--json")).Output).RootElement;

        Assert.Equal(shared, init.GetProperty("photoFiles").GetProperty("root").GetString());
        Assert.Equal("store setting", init.GetProperty("photoFiles").GetProperty("source").GetString());
        Assert.Equal(shared, await server.QueryAsync(PostgresServer.DatabaseOf(url), "SELECT value FROM pm_settings WHERE key = 'photo-files-root'"));
        Assert.Equal(shared, ingest.GetProperty("filesRoot").GetString());
        Assert.Equal("store setting", ingest.GetProperty("filesSource").GetString());
        var file = ingest.GetProperty("files")[0];
        Assert.Equal("accepted", file.GetProperty("outcome").GetString());
        Assert.Equal(
            await File.ReadAllBytesAsync(PhotoFixtures.Corpus("issue3-valid-dji.jpg")),
            await File.ReadAllBytesAsync(Path.Combine(shared, file.GetProperty("storedPath").GetString()!)));
    }

    [Fact]
    public async Task Ingest_RecordedFolderMissingOnThisMachine_RefusedWithoutCreatingIt()
    {
        var url = server.UrlFor(server.NewDatabaseName("unmounted"));
        var shared = _folder.Combine("mnt", "projectmap-files");
        await Ok("init", "--db", url, "--files", shared);
        Directory.Delete(shared, recursive: true);

        var run = await CliRunner.RunAsync("photo", "ingest", PhotoFixtures.Corpus("issue3-valid-dji.jpg"), "--db", url);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            $"projectmap: the photo file folder {shared} recorded in the store does not exist on this machine; mount the shared storage there, or give --files DIR where this machine sees it",
            run.Error.Trim());
        Assert.False(Directory.Exists(shared));
    }

    [Fact]
    public async Task Ingest_FilesOptionOnAServerWhoseMountDiffers_OverridesTheRecordedFolder()
    {
        var url = server.UrlFor(server.NewDatabaseName("override"));
        var recorded = _folder.Combine("recorded");
        var here = _folder.Combine("here");
        await Ok("init", "--db", url, "--files", recorded);

        var ingest = JsonDocument.Parse((await Ok("photo", "ingest", PhotoFixtures.Corpus("issue3-valid-dji.jpg"), "--db", url, "--files", here, "--json")).Output).RootElement;

        Assert.Equal(here, ingest.GetProperty("filesRoot").GetString());
        Assert.Equal("--files", ingest.GetProperty("filesSource").GetString());
        Assert.True(File.Exists(Path.Combine(here, ingest.GetProperty("files")[0].GetProperty("storedPath").GetString()!)));
        Assert.False(Directory.Exists(Path.Combine(recorded, "originals")));
    }

    [Fact]
    public async Task Init_PostGisWithoutFiles_SaysNoFolderIsConfigured()
    {
        var url = server.UrlFor(server.NewDatabaseName("initnofiles"));

        var text = await Ok("init", "--db", url);
        var json = JsonDocument.Parse((await Ok("init", "--db", url, "--json")).Output).RootElement;

        Assert.Contains("photo originals: no folder configured; record one with --files DIR", text.Output, StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, json.GetProperty("photoFiles").ValueKind);
    }

    private static async Task<(int ExitCode, string Output, string Error)> Ok(params string[] args)
    {
        var run = await CliRunner.RunAsync(args);
        Assert.True(run.ExitCode == 0, $"projectmap {string.Join(' ', args)}: exit {run.ExitCode}\n{run.Error}");
        return run;
    }
}
