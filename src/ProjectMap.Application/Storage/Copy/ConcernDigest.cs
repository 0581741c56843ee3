namespace ProjectMap.Application.Storage.Copy;

/// <summary>What one store holds for one concern (projects, ledger, photos …): how many items and the SHA-256 of their canonical form.</summary>
/// <param name="Concern">The concern's name, for example "projects".</param>
/// <param name="Count">Number of items.</param>
/// <param name="Sha256">Lower-case hex SHA-256 over the canonical serialisation of every item in canonical order.</param>
public sealed record ConcernDigest(string Concern, long Count, string Sha256);
