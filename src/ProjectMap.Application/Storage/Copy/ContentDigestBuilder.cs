using System.Security.Cryptography;
using System.Text;

namespace ProjectMap.Application.Storage.Copy;

/// <summary>
/// Builds a <see cref="ConcernDigest"/>: feed it each item's key and canonical text in the concern's canonical order;
/// the checksum is SHA-256 over every item's UTF-8 canonical text followed by a newline (0x0A). It also keeps each
/// item's own SHA-256 under its key, so two digests can name the items that differ.
/// </summary>
public sealed class ContentDigestBuilder : IDisposable
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly Dictionary<string, string> _items = new(StringComparer.Ordinal);
    private readonly string _concern;
    private static readonly byte[] Newline = [0x0A];

    /// <summary>Starts a digest for a concern such as "projects".</summary>
    public ContentDigestBuilder(string concern) => _concern = concern;

    /// <summary>Adds one item: its key (unique within the concern) and its canonical text, which must not contain a newline.</summary>
    public void Add(string key, string canonicalText)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(canonicalText);
        if (canonicalText.Contains('\n', StringComparison.Ordinal))
        {
            throw new ArgumentException("canonical text must be one line", nameof(canonicalText));
        }

        var bytes = Encoding.UTF8.GetBytes(canonicalText);
        _hash.AppendData(bytes);
        _hash.AppendData(Newline);
        _items[key] = Convert.ToHexStringLower(SHA256.HashData(bytes));
    }

    /// <summary>The finished digest; the builder cannot be used afterwards.</summary>
    public ConcernDigest Build() => new(_concern, _items.Count, Convert.ToHexStringLower(_hash.GetHashAndReset()), _items);

    /// <inheritdoc />
    public void Dispose() => _hash.Dispose();
}
