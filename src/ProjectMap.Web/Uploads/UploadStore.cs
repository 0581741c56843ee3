using System.Buffers;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json;

namespace ProjectMap.Web.Uploads;

/// <summary>
/// Unfinished and recently finished uploads, kept on disk in <c>.uploads/</c> under the photo folder: for each upload
/// <c>&lt;id&gt;.json</c> (the <see cref="UploadSession"/>) and <c>&lt;id&gt;.part</c> (the bytes received, in order).
/// A chunk is appended only where the previous one ended, so the part file is always an exact prefix of the original
/// and an interrupted upload continues from its length. Uploads untouched for longer than the expiry are removed.
/// </summary>
public sealed class UploadStore
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly ConcurrentDictionary<string, SemaphoreSlim> _locks = new(StringComparer.Ordinal);
    private readonly UploadLimits _limits;
    private readonly TimeProvider _time;

    /// <summary>Creates (if needed) the upload folder under the photo folder <paramref name="filesRoot"/>.</summary>
    public UploadStore(string filesRoot, UploadLimits limits, TimeProvider time)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(filesRoot);
        _limits = limits ?? throw new ArgumentNullException(nameof(limits));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        Root = Directory.CreateDirectory(Path.Combine(Path.GetFullPath(filesRoot), ".uploads")).FullName;
    }

    /// <summary>The folder the uploads are kept in.</summary>
    public string Root { get; }

    /// <summary>A new random upload id (128 bits, hexadecimal).</summary>
    public static string NewId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    /// <summary>True for a well-formed id (32 lowercase hexadecimal digits), so ids never reach the file system unchecked.</summary>
    public static bool IsId(string? id) => id is { Length: 32 } && id.All(char.IsAsciiHexDigitLower);

    /// <summary>The path of an upload's received bytes.</summary>
    public string PartPath(string id) => Path.Combine(Root, CheckedId(id) + ".part");

    /// <summary>The lock serialising writes to one upload.</summary>
    public SemaphoreSlim LockFor(string id) => _locks.GetOrAdd(CheckedId(id), _ => new SemaphoreSlim(1, 1));

    /// <summary>Records a new upload with no bytes yet.</summary>
    public async Task SaveAsync(UploadSession session, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        var path = SessionPath(session.Id);
        var temp = path + ".tmp";
        await File.WriteAllTextAsync(temp, JsonSerializer.Serialize(session, Json), cancellationToken).ConfigureAwait(false);
        File.Move(temp, path, overwrite: true);
        if (!session.Finished && !File.Exists(PartPath(session.Id)))
        {
            await File.WriteAllBytesAsync(PartPath(session.Id), [], cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The upload with an id, when it exists and belongs to <paramref name="owner"/> (lower-case login name); null otherwise.</summary>
    public UploadSession? Find(string id, string owner)
    {
        if (!IsId(id) || !File.Exists(SessionPath(id)))
        {
            return null;
        }

        var session = Read(SessionPath(id));
        return session is not null && session.Owner == owner ? session : null;
    }

    /// <summary>The bytes received so far for an upload.</summary>
    public long Received(string id)
    {
        var part = new FileInfo(PartPath(id));
        return part.Exists ? part.Length : 0;
    }

    /// <summary>Every upload of a user, oldest first.</summary>
    public IReadOnlyList<UploadSession> ListFor(string owner) =>
        [.. Directory.EnumerateFiles(Root, "*.json").Select(Read).Where(s => s is not null && s.Owner == owner).Select(s => s!).OrderBy(s => s.CreatedAt)];

    /// <summary>
    /// Appends <paramref name="length"/> bytes from <paramref name="body"/> at <paramref name="offset"/> and flushes them
    /// to disk; returns the new length. Throws <see cref="UploadConflictException"/> when the offset is not the length
    /// received so far. When the connection drops part-way, the bytes that did arrive are kept (and the client continues
    /// from the length reported by GET).
    /// </summary>
    public async Task<long> AppendAsync(string id, long offset, Stream body, long length, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        var gate = LockFor(id);
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var received = Received(id);
            if (received != offset)
            {
                throw new UploadConflictException(received);
            }

            var buffer = ArrayPool<byte>.Shared.Rent(256 * 1024);
            try
            {
                await using var part = new FileStream(PartPath(id), FileMode.Append, FileAccess.Write, FileShare.None, 1, FileOptions.Asynchronous);
                long copied = 0;
                try
                {
                    while (copied < length)
                    {
                        var read = await body.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, length - copied)), cancellationToken).ConfigureAwait(false);
                        if (read == 0)
                        {
                            break;
                        }

                        await part.WriteAsync(buffer.AsMemory(0, read), CancellationToken.None).ConfigureAwait(false);
                        copied += read;
                    }
                }
                finally
                {
                    // Whatever arrived is an exact continuation: keep it, on disk, whether or not the chunk completed.
                    part.Flush(flushToDisk: true);
                }

                return offset + copied;
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>The SHA-256 of an upload's received bytes, lowercase hex.</summary>
    public async Task<string> HashAsync(string id, CancellationToken cancellationToken)
    {
        await using var part = new FileStream(PartPath(id), FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20, FileOptions.Asynchronous | FileOptions.SequentialScan);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(part, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Drops an upload's received bytes (after ingest, or when they proved wrong).</summary>
    public void DeletePart(string id) => File.Delete(PartPath(id));

    /// <summary>Removes an upload entirely.</summary>
    public void Delete(string id)
    {
        File.Delete(PartPath(id));
        File.Delete(SessionPath(id));
        _locks.TryRemove(CheckedId(id), out _);
    }

    /// <summary>Removes uploads whose last activity (last chunk, or start) is older than the expiry; returns how many.</summary>
    public int Sweep()
    {
        var cutoff = _time.GetUtcNow().UtcDateTime - _limits.Expiry;
        var removed = 0;
        foreach (var json in Directory.EnumerateFiles(Root, "*.json").ToList())
        {
            var id = Path.GetFileNameWithoutExtension(json);
            if (!IsId(id))
            {
                continue;
            }

            var part = PartPath(id);
            var last = File.Exists(part) ? File.GetLastWriteTimeUtc(part) : File.GetLastWriteTimeUtc(json);
            if (File.GetLastWriteTimeUtc(json) > last)
            {
                last = File.GetLastWriteTimeUtc(json);
            }

            if (last < cutoff)
            {
                Delete(id);
                removed++;
            }
        }

        return removed;
    }

    private string SessionPath(string id) => Path.Combine(Root, CheckedId(id) + ".json");

    private static string CheckedId(string id) => IsId(id) ? id : throw new ArgumentException($"'{id}' is not an upload id", nameof(id));

    private static UploadSession? Read(string path)
    {
        try
        {
            return JsonSerializer.Deserialize<UploadSession>(File.ReadAllText(path), Json);
        }
        catch (Exception e) when (e is JsonException or IOException)
        {
            return null;
        }
    }
}
