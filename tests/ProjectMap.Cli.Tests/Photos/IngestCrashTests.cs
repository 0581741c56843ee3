using System.Diagnostics;
using System.Security.Cryptography;
using ProjectMap.Storage.GeoPackage;
using ProjectMap.Testing;
using Xunit.Abstractions;

namespace ProjectMap.Cli.Tests.Photos;

/// <summary>A real <c>projectmap photo ingest</c> process killed with SIGKILL in the middle of a run, then run again.</summary>
public sealed class IngestCrashTests(ITestOutputHelper output)
{
    private const int Photos = 400;

    [Fact]
    public async Task Ingest_KilledMidRunThenRerun_EveryPhotoStoredOnceAndNoOrphanedFiles()
    {
        using var temp = new TempDirectory();
        var input = temp.Combine("input");
        PhotoFixtures.WriteDistinctPhotos(input, Photos);
        var db = temp.Combine("store", "projectmap.gpkg");
        var files = temp.Combine("store", "files");
        string[] args = ["photo", "ingest", input, "--db", db, "--files", files, "--json"];

        // First run: kill it (SIGKILL: no chance to clean up) once some photos are in.
        using (var first = Start(args))
        {
            var originals = Path.Combine(files, "originals");
            var watch = Stopwatch.StartNew();
            while (CountFiles(originals) < 40 && !first.HasExited && watch.Elapsed < TimeSpan.FromMinutes(2))
            {
                await Task.Delay(2);
            }

            Assert.False(first.HasExited, "the first ingest finished before it could be killed; the test needs more photos");
            first.Kill();
            await first.WaitForExitAsync();
            output.WriteLine($"killed after {CountFiles(originals)} originals were published; exit code {first.ExitCode}");
            Assert.NotEqual(0, first.ExitCode);
        }

        // Second run: finishes the job.
        using var second = Start(args);
        var stdout = await second.StandardOutput.ReadToEndAsync();
        await second.WaitForExitAsync();
        Assert.True(second.ExitCode == 0, $"rerun failed: {await second.StandardError.ReadToEndAsync()}");
        output.WriteLine(stdout[Math.Max(0, stdout.Length - 300)..]);

        await using var store = await GeoPackageStore.OpenAsync(db, create: false);
        Assert.Equal(Photos, await store.Photos.CountAsync());
        var stored = await store.Photos.ListAsync(new Application.Storage.PhotoQuery());
        Assert.Equal(Photos, stored.Select(p => p.Sha256).Distinct().Count());

        // Every row has its original, byte for byte, and every file on disk belongs to a row: no orphans, no leftovers.
        var onDisk = Directory.GetFiles(files, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(files, f)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(stored.Select(p => p.StoredPath).Order(StringComparer.Ordinal), onDisk);
        foreach (var p in stored)
        {
            Assert.Equal(p.Sha256, Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(files, p.StoredPath)))));
        }

        Assert.Empty(await store.Photos.ListQuarantineAsync());
        Assert.Contains("\"duplicate\":", stdout, StringComparison.Ordinal);
    }

    private static int CountFiles(string folder) => Directory.Exists(folder) ? Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Length : 0;

    private static Process Start(string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(PhotoFixtures.CliDll);
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        return Process.Start(info)!;
    }
}
