using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ProjectMap.Application.Users;

/// <summary>
/// Salted password hashes with PBKDF2-HMAC-SHA256 (System.Security.Cryptography), written self-describing as
/// <c>pbkdf2-sha256$ITERATIONS$SALT$HASH</c> (salt 16 bytes and hash 32 bytes in base64), so the iteration count can
/// be raised later without invalidating stored hashes. Verification compares in constant time.
/// </summary>
public sealed class PasswordHasher
{
    /// <summary>The iteration count new hashes get by default (OWASP's 2023 figure for PBKDF2-HMAC-SHA256).</summary>
    public const int DefaultIterations = 600_000;

    /// <summary>The shortest password accepted, in characters.</summary>
    public const int MinimumPasswordLength = 8;

    private const string Algorithm = "pbkdf2-sha256";
    private const int SaltBytes = 16;
    private const int HashBytes = 32;

    /// <summary>Creates a hasher that writes new hashes with <paramref name="iterations"/> rounds (at least 1,000).</summary>
    public PasswordHasher(int iterations = DefaultIterations)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(iterations, 1000);
        Iterations = iterations;
    }

    /// <summary>The iteration count of new hashes.</summary>
    public int Iterations { get; }

    /// <summary>Hashes a password with a fresh random salt.</summary>
    public string Hash(string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        var hash = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, Iterations, HashAlgorithmName.SHA256, HashBytes);
        return string.Join('$', Algorithm, Iterations.ToString(CultureInfo.InvariantCulture), Convert.ToBase64String(salt), Convert.ToBase64String(hash));
    }

    /// <summary>True when <paramref name="password"/> matches <paramref name="encoded"/>; false for a wrong password or a malformed hash.</summary>
    public static bool Verify(string password, string encoded)
    {
        ArgumentNullException.ThrowIfNull(password);
        ArgumentNullException.ThrowIfNull(encoded);
        var parts = encoded.Split('$');
        if (parts.Length != 4 || parts[0] != Algorithm
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var iterations) || iterations < 1000)
        {
            return false;
        }

        byte[] salt, expected;
        try
        {
            salt = Convert.FromBase64String(parts[2]);
            expected = Convert.FromBase64String(parts[3]);
        }
        catch (FormatException)
        {
            return false;
        }

        if (salt.Length == 0 || expected.Length == 0)
        {
            return false;
        }

        var actual = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, iterations, HashAlgorithmName.SHA256, expected.Length);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }

    /// <summary>Null when a password is acceptable, else a sentence saying why not (too short, blank).</summary>
    public static string? Weakness(string? password) =>
        string.IsNullOrWhiteSpace(password) ? "the password is empty"
        : password.Length < MinimumPasswordLength ? $"the password is shorter than {MinimumPasswordLength} characters"
        : null;

    /// <summary>A random password of 16 characters from an alphabet without look-alikes (no 0/O, 1/l/I).</summary>
    public static string Generate()
    {
        const string alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        return RandomNumberGenerator.GetString(alphabet, 16);
    }
}
