namespace ProjectMap.Application.Storage.Copy;

/// <summary>What one store holds for one concern (projects, ledger, photos …): how many items and the SHA-256 of their canonical form.</summary>
/// <param name="Concern">The concern's name, for example "projects".</param>
/// <param name="Count">Number of items.</param>
/// <param name="Sha256">Lower-case hex SHA-256 over the canonical serialisation of every item in canonical order.</param>
/// <param name="ItemDigests">Each item's own SHA-256 by key, for naming differences.</param>
public sealed record ConcernDigest(string Concern, long Count, string Sha256, IReadOnlyDictionary<string, string> ItemDigests)
{
    /// <summary>
    /// The keys that differ between this digest and <paramref name="other"/>, at most <paramref name="limit"/>, each
    /// as "KEY (missing)", "KEY (extra)" or "KEY (differs)" from the point of view of <paramref name="other"/>.
    /// </summary>
    public IReadOnlyList<string> DifferencesFrom(ConcernDigest other, int limit = 5)
    {
        ArgumentNullException.ThrowIfNull(other);
        var found = new List<string>();
        foreach (var (key, digest) in ItemDigests.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (!other.ItemDigests.TryGetValue(key, out var theirs))
            {
                found.Add($"{key} (missing)");
            }
            else if (!string.Equals(theirs, digest, StringComparison.Ordinal))
            {
                found.Add($"{key} (differs)");
            }
        }

        found.AddRange(other.ItemDigests.Keys.Where(k => !ItemDigests.ContainsKey(k)).Order(StringComparer.Ordinal).Select(k => $"{k} (extra)"));
        return found.Take(limit).ToList();
    }
}
