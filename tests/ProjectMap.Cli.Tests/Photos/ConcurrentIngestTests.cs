using System.Security.Cryptography;
using System.Text.Json;
using ProjectMap.Testing;
using Xunit.Abstractions;

namespace ProjectMap.Cli.Tests.Photos;

/// <summary>
/// Issue 10's concurrency test: eight real <c>projectmap photo ingest</c> processes at once against one PostgreSQL
/// database and one shared photo folder, with overlapping photo sets. No timing is asserted: the machine may be busy.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class ConcurrentIngestTests(PostgresServer server, ITestOutputHelper output) : IDisposable
{
    private const int Processes = 8;
    private const int DistinctPhotos = 24;
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Ingest_EightProcessesWithOverlappingPhotoSets_EveryPhotoStoredOnceNoRunFailsNoFileLeftOver()
    {
        var url = server.UrlFor(server.NewDatabaseName("ingest8"));
        var shared = _folder.Combine("shared-files");
        var photos = _folder.Combine("photos");
        PhotoFixtures.WriteDistinctPhotos(photos, DistinctPhotos);
        var valid = Directory.GetFiles(photos).Order(StringComparer.Ordinal).ToArray();
        var bad = new[] { PhotoFixtures.Corpus("issue3-xxe.jpg"), PhotoFixtures.Corpus("issue3-truncated.jpg") };
        var init = await CliRunner.RunAsync("init", "--db", url, "--files", shared);
        Assert.True(init.ExitCode == 0, init.Error);

        // Run i gets about three photos in four (each photo goes to six of the eight runs) and both bad files.
        var inputs = Enumerable.Range(0, Processes).Select(i =>
        {
            var folder = _folder.Combine($"run{i}");
            Directory.CreateDirectory(folder);
            foreach (var (file, j) in valid.Select((f, j) => (f, j)).Where(p => (p.j + i) % 4 != 0))
            {
                File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
            }

            foreach (var file in bad)
            {
                File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
            }

            return folder;
        }).ToList();

        var runs = await Task.WhenAll(inputs.Select(folder => Task.Run(() => CliRunner.RunProcess(_folder.Path, "photo", "ingest", folder, "--db", url, "--json"))));

        Assert.All(runs, r => Assert.True(r.ExitCode == 0, $"exit {r.ExitCode}: {r.Error}"));
        var outcomes = runs
            .SelectMany(r => JsonDocument.Parse(r.Output).RootElement.GetProperty("files").EnumerateArray())
            .Select(f => (Sha: f.GetProperty("sha256").GetString()!, Outcome: f.GetProperty("outcome").GetString()!))
            .ToList();
        output.WriteLine(string.Join(", ", outcomes.GroupBy(o => o.Outcome).Select(g => $"{g.Key}: {g.Count()}")));
        var expectedShas = valid.Select(Sha).ToHashSet();
        var badShas = bad.Select(Sha).ToHashSet();

        // Every valid photo: accepted by exactly one run, a duplicate in every other run that had it.
        Assert.Equal(Processes * bad.Length + valid.Select((_, j) => Enumerable.Range(0, Processes).Count(i => (j + i) % 4 != 0)).Sum(), outcomes.Count);
        foreach (var sha in expectedShas)
        {
            var mine = outcomes.Where(o => o.Sha == sha).Select(o => o.Outcome).ToList();
            Assert.Equal(6, mine.Count);
            Assert.Single(mine, o => o is "accepted" or "accepted with warnings");
            Assert.All(mine.Where(o => o is not ("accepted" or "accepted with warnings")), o => Assert.Equal("duplicate", o));
        }

        Assert.All(outcomes.Where(o => badShas.Contains(o.Sha)), o => Assert.Contains(o.Outcome, new[] { "rejected", "duplicate" }));

        // The database: each photo once, each rejected file once.
        var db = PostgresServer.DatabaseOf(url);
        var stored = (await server.QueryAsync(db, "SELECT sha256 || ' ' || stored_path FROM photos ORDER BY sha256")).Split('\n').Select(l => l.Split(' ')).ToList();
        Assert.Equal(expectedShas.Order(StringComparer.Ordinal), stored.Select(s => s[0]));
        Assert.Equal(badShas.Order(StringComparer.Ordinal), (await server.QueryAsync(db, "SELECT sha256 FROM photo_quarantine ORDER BY sha256")).Split('\n'));

        // The shared folder: exactly one original per photo, byte for byte, the quarantined files, and nothing else.
        var onDisk = Directory.GetFiles(shared, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(shared, f)).Order(StringComparer.Ordinal).ToList();
        var quarantined = onDisk.Where(f => f.StartsWith("quarantine" + Path.DirectorySeparatorChar, StringComparison.Ordinal)).ToList();
        Assert.Equal(stored.Select(s => s[1]).Order(StringComparer.Ordinal), onDisk.Except(quarantined));
        Assert.Equal(bad.Length, quarantined.Count);
        Assert.All(stored, s => Assert.Equal(s[0], Sha(Path.Combine(shared, s[1]))));
    }

    private static string Sha(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
}
