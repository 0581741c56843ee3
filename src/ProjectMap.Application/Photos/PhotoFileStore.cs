using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;

namespace ProjectMap.Application.Photos;

/// <summary>
/// The content-addressed store of original photo files: <c>originals/ab/cd/&lt;sha256&gt;.&lt;ext&gt;</c> and
/// <c>quarantine/&lt;sha256&gt;.&lt;ext&gt;</c> under one root (see <see cref="PhotoFilesLocation"/>). Names come
/// only from the hash and the detected format, never from the submitted file name. Files appear atomically: they are
/// copied (and hashed in the same pass) to <c>.incoming/</c> under the same root, flushed to disk, then renamed into
/// place (one rename within one file system: atomic on local disks, NFS and SMB); a <c>.pending</c> marker lives from
/// just before the rename until the store has committed the row, so <see cref="RecoverAsync"/> can remove what a
/// killed process left: partial copies, and published files whose row never committed. Any number of processes, on
/// any number of machines sharing the folder, may write at once: two writers of one photo write the same bytes under
/// the same name, so whichever rename lands last changes nothing. Temporary files and markers are named after the
/// machine, process id and process start time; recovery judges processes of its own machine by whether they still
/// run, and leaves other machines' files alone until they are <see cref="ForeignLeftoverAge"/> old.
/// </summary>
public sealed class PhotoFileStore
{
    private const int BufferBytes = 1 << 20;
    private static readonly string Host = HostTag(Environment.MachineName);
    private static readonly string ProcessTag = string.Create(
        CultureInfo.InvariantCulture, $"{Host}.{Environment.ProcessId}.{Process.GetCurrentProcess().StartTime.ToUniversalTime().Ticks}");

    /// <summary>How old another machine's temporary file or marker must be before recovery here treats its writer as dead: 24 hours.</summary>
    public static TimeSpan ForeignLeftoverAge { get; } = TimeSpan.FromHours(24);

    /// <summary>Creates (if needed) the store at <paramref name="root"/>.</summary>
    public PhotoFileStore(string root)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        Root = Path.GetFullPath(root);
        Directory.CreateDirectory(Incoming);
    }

    /// <summary>The default root for a database file: <c>&lt;name&gt;.files</c> beside it (projectmap.gpkg → projectmap.files).</summary>
    public static string DefaultRootFor(string databasePath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        var full = Path.GetFullPath(databasePath);
        return Path.Combine(Path.GetDirectoryName(full) ?? ".", Path.GetFileNameWithoutExtension(full) + ".files");
    }

    /// <summary>The store's root folder (absolute).</summary>
    public string Root { get; }

    private string Incoming => Path.Combine(Root, ".incoming");

    /// <summary>A staged copy: its temporary path, SHA-256 and size.</summary>
    /// <param name="TempPath">The copy in .incoming.</param>
    /// <param name="Sha256">SHA-256 of the bytes, lowercase hex.</param>
    /// <param name="SizeBytes">Size in bytes.</param>
    public sealed record Staged(string TempPath, string Sha256, long SizeBytes);

    /// <summary>Copies a file into .incoming, hashing it in the same pass (1 MiB buffer), and flushes it to disk.</summary>
    public async Task<Staged> StageAsync(string sourcePath, CancellationToken cancellationToken)
    {
        var temp = Path.Combine(Incoming, $"{ProcessTag}.{Guid.NewGuid():N}.part");
        var buffer = ArrayPool<byte>.Shared.Rent(BufferBytes);
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            long size = 0;
            await using (var source = new FileStream(sourcePath, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan | FileOptions.Asynchronous))
            await using (var target = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.Asynchronous))
            {
                int read;
                while ((read = await source.ReadAsync(buffer.AsMemory(0, BufferBytes), cancellationToken).ConfigureAwait(false)) > 0)
                {
                    hash.AppendData(buffer, 0, read);
                    await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
                    size += read;
                }

                target.Flush(flushToDisk: true);
            }

            return new Staged(temp, Convert.ToHexStringLower(hash.GetHashAndReset()), size);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>The relative path of an original: originals/ab/cd/&lt;sha&gt;.&lt;ext&gt;.</summary>
    public static string OriginalPath(string sha256, string extension) => Path.Combine("originals", sha256[..2], sha256[2..4], sha256 + "." + extension);

    /// <summary>The relative path of a quarantined file: quarantine/&lt;sha&gt;.&lt;ext&gt;.</summary>
    public static string QuarantinePath(string sha256, string extension) => Path.Combine("quarantine", sha256 + "." + extension);

    /// <summary>The absolute path of a relative store path.</summary>
    public string FullPath(string relative) => Path.Combine(Root, relative);

    /// <summary>
    /// Moves a staged copy to <paramref name="relativePath"/> (atomic rename) after writing the pending marker; the
    /// caller commits the store row and then calls <see cref="Commit"/>. When the target already exists (the same
    /// bytes, by construction) the staged copy is dropped.
    /// </summary>
    public void Publish(Staged staged, string relativePath)
    {
        ArgumentNullException.ThrowIfNull(staged);
        File.WriteAllText(MarkerPath(staged.Sha256), relativePath);
        var target = FullPath(relativePath);
        if (File.Exists(target))
        {
            TryDelete(staged.TempPath);
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        try
        {
            File.Move(staged.TempPath, target, overwrite: true);
        }
        catch (IOException) when (File.Exists(target))
        {
            // Another writer (another process or machine) put the same bytes there first, or a network file system
            // reported a retried rename as failed although it was done: the photo is in place either way.
            TryDelete(staged.TempPath);
        }
    }

    /// <summary>Ends a publication: the store row is committed (or already existed), so the marker goes.</summary>
    public void Commit(string sha256) => TryDelete(MarkerPath(sha256));

    /// <summary>Drops a staged copy that will not be published.</summary>
    public static void Discard(Staged staged)
    {
        ArgumentNullException.ThrowIfNull(staged);
        TryDelete(staged.TempPath);
    }

    /// <summary>
    /// Cleans up after processes that died: deletes their partial copies, and for each of their pending markers deletes
    /// the published file when <paramref name="isRecorded"/> says the store has no row for it. Returns the number of
    /// files removed.
    /// </summary>
    public async Task<int> RecoverAsync(Func<string, Task<bool>> isRecorded)
    {
        ArgumentNullException.ThrowIfNull(isRecorded);
        var removed = 0;
        foreach (var part in Directory.EnumerateFiles(Incoming, "*.part").ToList())
        {
            if (!IsAlive(part))
            {
                TryDelete(part);
                removed++;
            }
        }

        foreach (var marker in Directory.EnumerateFiles(Incoming, "*.pending").ToList())
        {
            var name = Path.GetFileName(marker);
            if (IsAlive(marker))
            {
                continue;
            }

            var sha = name.Split('.')[^2];
            string relative;
            try
            {
                relative = File.ReadAllText(marker).Trim();
            }
            catch (FileNotFoundException)
            {
                continue; // another machine's recovery took it meanwhile
            }

            var liveOther = Directory.EnumerateFiles(Incoming, $"*.{sha}.pending").Any(m => m != marker && IsAlive(m));
            if (!liveOther && !await isRecorded(sha).ConfigureAwait(false) && IsInside(relative))
            {
                if (File.Exists(FullPath(relative)))
                {
                    TryDelete(FullPath(relative));
                    removed++;
                }
            }

            TryDelete(marker);
        }

        return removed;
    }

    private string MarkerPath(string sha256) => Path.Combine(Incoming, $"{ProcessTag}.{sha256}.pending");

    private bool IsInside(string relative)
    {
        var full = Path.GetFullPath(FullPath(relative));
        return full.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }

    /// <summary>
    /// Whether the process that named a temporary file or marker may still be writing: on this machine, whether that
    /// process (same id and start time) runs; on another machine, whether the file is younger than
    /// <see cref="ForeignLeftoverAge"/>. Names are <c>host.pid.ticks.X.ext</c> (older versions wrote <c>pid.ticks.X.ext</c>,
    /// always on this machine).
    /// </summary>
    private static bool IsAlive(string path)
    {
        var parts = Path.GetFileName(path).Split('.');
        var (host, pidText, ticksText) = parts.Length switch
        {
            5 => (parts[0], parts[1], parts[2]),
            4 => (Host, parts[0], parts[1]),
            _ => (Host, string.Empty, string.Empty),
        };
        if (!string.Equals(host, Host, StringComparison.Ordinal))
        {
            try
            {
                return DateTime.UtcNow - File.GetLastWriteTimeUtc(path) < ForeignLeftoverAge;
            }
            catch (IOException)
            {
                return true;
            }
        }

        if (!int.TryParse(pidText, NumberStyles.None, CultureInfo.InvariantCulture, out var pid) ||
            !long.TryParse(ticksText, NumberStyles.None, CultureInfo.InvariantCulture, out var ticks))
        {
            return false;
        }

        try
        {
            // Each process derives start times from the boot time it computes itself, so two processes can see the same
            // process start a few milliseconds apart: compare within a second (a reused id starts much later).
            using var p = Process.GetProcessById(pid);
            return Math.Abs(p.StartTime.ToUniversalTime().Ticks - ticks) < TimeSpan.TicksPerSecond;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    /// <summary>The machine's name as it appears in temporary file names: ASCII letters, digits and '-' only.</summary>
    private static string HostTag(string machineName)
    {
        var tag = new string(machineName.Select(c => char.IsAsciiLetterOrDigit(c) || c == '-' ? c : '-').ToArray());
        return tag.Length == 0 ? "host" : tag;
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left for the next recovery.
        }
    }
}
