using System.Security.Cryptography;
using System.Text;

namespace ProjectMap.Application.Storage.Copy;

/// <summary>
/// Builds a <see cref="ConcernDigest"/> in constant memory: feed it each item's key and canonical text in the concern's
/// canonical order (ordinal by key); the checksum is SHA-256 over every item's UTF-8 canonical text followed by a
/// newline (0x0A), so <c>sha256sum</c> over the texts, one per line, gives the same value.
/// </summary>
public sealed class ContentDigestBuilder : IDisposable
{
    private static readonly byte[] Newline = [0x0A];
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly string _concern;
    private string? _lastKey;
    private long _count;

    /// <summary>Starts a digest for a concern such as "projects".</summary>
    public ContentDigestBuilder(string concern) => _concern = concern;

    /// <summary>
    /// Adds one item: its key, which must come after the previous key (ordinal), and its canonical text, which must
    /// not contain a newline. Throws <see cref="ArgumentException"/> otherwise.
    /// </summary>
    public void Add(string key, string canonicalText)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(canonicalText);
        if (canonicalText.Contains('\n', StringComparison.Ordinal))
        {
            throw new ArgumentException("canonical text must be one line", nameof(canonicalText));
        }

        if (_lastKey is not null && string.CompareOrdinal(_lastKey, key) >= 0)
        {
            throw new ArgumentException($"{_concern}: item '{key}' comes after '{_lastKey}'; items must be in ordinal key order, each key once", nameof(key));
        }

        _hash.AppendData(Encoding.UTF8.GetBytes(canonicalText));
        _hash.AppendData(Newline);
        _lastKey = key;
        _count++;
    }

    /// <summary>The finished digest; the builder cannot be used afterwards.</summary>
    public ConcernDigest Build() => new(_concern, _count, Convert.ToHexStringLower(_hash.GetHashAndReset()));

    /// <inheritdoc />
    public void Dispose() => _hash.Dispose();
}
