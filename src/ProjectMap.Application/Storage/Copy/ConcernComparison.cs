namespace ProjectMap.Application.Storage.Copy;

/// <summary>One concern's digests in two stores, and whether they agree.</summary>
/// <param name="Source">The digest in the store copied from.</param>
/// <param name="Destination">The digest in the store copied to.</param>
/// <param name="Copied">How many items the copy wrote.</param>
/// <param name="Differences">The first items that differ (at most <see cref="ContentDigest.MaxDifferences"/>), in key order, as "KEY (missing|extra|differs)" seen from the destination.</param>
public sealed record ConcernComparison(ConcernDigest Source, ConcernDigest Destination, long Copied, IReadOnlyList<string> Differences)
{
    /// <summary>The concern's name.</summary>
    public string Concern => Source.Concern;

    /// <summary>True when both stores hold the same number of items with the same checksum.</summary>
    public bool Equal => Source.Count == Destination.Count && string.Equals(Source.Sha256, Destination.Sha256, StringComparison.Ordinal);
}
