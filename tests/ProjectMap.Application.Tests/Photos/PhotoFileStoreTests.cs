using System.Diagnostics;
using System.Globalization;
using ProjectMap.Application.Photos;
using ProjectMap.Testing;

namespace ProjectMap.Application.Tests.Photos;

/// <summary>Recovery in a photo folder shared by several machines: each machine judges only its own processes.</summary>
public sealed class PhotoFileStoreTests : IDisposable
{
    private const string Sha = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
    private readonly TempDirectory _dir = new();

    [Fact]
    public async Task RecoverAsync_AnotherMachinesFreshPartAndMarker_LeftAloneAndItsFileKept()
    {
        var files = new PhotoFileStore(_dir.Path);
        var relative = PhotoFileStore.OriginalPath(Sha, "jpg");
        var published = Publish(files, relative);
        var part = Write(files, "other-server.4242.638400000000000000.0f0e.part");
        var marker = Write(files, $"other-server.4242.638400000000000000.{Sha}.pending", relative);

        var removed = await files.RecoverAsync(_ => Task.FromResult(false));

        Assert.Equal(0, removed);
        Assert.True(File.Exists(part));
        Assert.True(File.Exists(marker));
        Assert.True(File.Exists(published));
    }

    [Fact]
    public async Task RecoverAsync_AnotherMachinesDayOldLeftovers_RemovedLikeADeadProcesssOwn()
    {
        var files = new PhotoFileStore(_dir.Path);
        var relative = PhotoFileStore.OriginalPath(Sha, "jpg");
        var published = Publish(files, relative);
        var old = DateTime.UtcNow - PhotoFileStore.ForeignLeftoverAge - TimeSpan.FromMinutes(5);
        var part = Write(files, "other-server.4242.638400000000000000.0f0e.part");
        var marker = Write(files, $"other-server.4242.638400000000000000.{Sha}.pending", relative);
        File.SetLastWriteTimeUtc(part, old);
        File.SetLastWriteTimeUtc(marker, old);

        var removed = await files.RecoverAsync(_ => Task.FromResult(false));

        Assert.Equal(2, removed);
        Assert.False(File.Exists(part));
        Assert.False(File.Exists(marker));
        Assert.False(File.Exists(published));
    }

    [Fact]
    public async Task RecoverAsync_DeadProcessOnThisMachineInTheOldNameFormat_Removed()
    {
        var files = new PhotoFileStore(_dir.Path);
        var part = Write(files, "999999.638400000000000000.0f0e.part");

        var removed = await files.RecoverAsync(_ => Task.FromResult(true));

        Assert.Equal(1, removed);
        Assert.False(File.Exists(part));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(37)]
    [InlineData(-37)]
    public async Task RecoverAsync_LiveProcessOnThisMachineItsStartTimeSeenMillisecondsApart_LeftAlone(int offsetMs)
    {
        // Another process computes a live process's start time from its own idea of the boot time: a few ms apart.
        var files = new PhotoFileStore(_dir.Path);
        using var self = Process.GetCurrentProcess();
        var host = new string(Environment.MachineName.Select(c => char.IsAsciiLetterOrDigit(c) || c == '-' ? c : '-').ToArray());
        var ticks = self.StartTime.ToUniversalTime().Ticks + (offsetMs * TimeSpan.TicksPerMillisecond);
        var part = Write(files, string.Create(CultureInfo.InvariantCulture, $"{host}.{Environment.ProcessId}.{ticks}.0f0e.part"));

        var removed = await files.RecoverAsync(_ => Task.FromResult(false));

        Assert.Equal(0, removed);
        Assert.True(File.Exists(part));
    }

    [Fact]
    public async Task Publish_TargetAlreadyThere_StagedCopyDroppedAndTargetKept()
    {
        var files = new PhotoFileStore(_dir.Path);
        var source = _dir.Combine("photo.jpg");
        await File.WriteAllBytesAsync(source, [1, 2, 3]);
        var first = await files.StageAsync(source, CancellationToken.None);
        var second = await files.StageAsync(source, CancellationToken.None);
        var relative = PhotoFileStore.OriginalPath(first.Sha256, "jpg");

        files.Publish(first, relative);
        files.Publish(second, relative);
        files.Commit(first.Sha256);

        Assert.Equal([1, 2, 3], await File.ReadAllBytesAsync(files.FullPath(relative)));
        Assert.Empty(Directory.GetFiles(Path.Combine(files.Root, ".incoming")));
    }

    public void Dispose() => _dir.Dispose();

    private static string Publish(PhotoFileStore files, string relative)
    {
        var path = files.FullPath(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, [0xFF, 0xD8, 0xFF]);
        return path;
    }

    private static string Write(PhotoFileStore files, string name, string content = "")
    {
        var path = Path.Combine(files.Root, ".incoming", name);
        File.WriteAllText(path, content);
        return path;
    }
}
