using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace ProjectMap.Web.Security;

/// <summary>
/// Remembers, for five minutes, that a Basic name/password pair matched a stored hash, so a GIS client paging through
/// the OGC API does not pay a PBKDF2 computation per request. Only a SHA-256 digest of name, password and stored hash
/// is kept; a changed password changes the digest, so a stale entry can never match.
/// </summary>
public sealed class CredentialCache(TimeProvider time)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);
    private const int MaxEntries = 1000;
    private readonly ConcurrentDictionary<string, DateTimeOffset> _verified = new(StringComparer.Ordinal);

    /// <summary>True when the triple was verified within the lifetime.</summary>
    public bool IsVerified(string name, string password, string storedHash)
    {
        var key = Digest(name, password, storedHash);
        return _verified.TryGetValue(key, out var at) && time.GetUtcNow() - at < Lifetime;
    }

    /// <summary>Records a successful verification.</summary>
    public void Remember(string name, string password, string storedHash)
    {
        if (_verified.Count >= MaxEntries)
        {
            _verified.Clear();
        }

        _verified[Digest(name, password, storedHash)] = time.GetUtcNow();
    }

    private static string Digest(string name, string password, string storedHash) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\0', name.ToUpperInvariant(), password, storedHash))));
}
