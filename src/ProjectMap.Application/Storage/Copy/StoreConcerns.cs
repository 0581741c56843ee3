namespace ProjectMap.Application.Storage.Copy;

/// <summary>Every concern <c>db copy</c> and <c>db checksum</c> handle, in copy order (a concern comes after those it refers to).</summary>
public static class StoreConcerns
{
    /// <summary>The concerns, projects first (the ledger refers to projects).</summary>
    public static IReadOnlyList<IStoreConcern> All { get; } =
    [
        new ProjectsConcern(),
        new LedgerConcern(),
        new PhotosConcern(),
        new UsersConcern(),
        new AuditConcern(),
    ];
}
