namespace ProjectMap.Application.Storage.Copy;

/// <summary>One item of a concern as checksums see it: its key (unique within the concern) and its one-line canonical text.</summary>
/// <param name="Key">The item's key, for example a project code or "photo:&lt;sha256&gt;".</param>
/// <param name="CanonicalText">The item's canonical, store-neutral text, without a newline.</param>
public sealed record ConcernItem(string Key, string CanonicalText);
