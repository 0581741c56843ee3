namespace ProjectMap.Application.Storage.Copy;

/// <summary>The outcome of copying one store into another: a comparison per concern.</summary>
/// <param name="SourceLocation">Where the data came from.</param>
/// <param name="DestinationLocation">Where it went.</param>
/// <param name="Concerns">One comparison per concern, in copy order.</param>
public sealed record StoreCopyReport(string SourceLocation, string DestinationLocation, IReadOnlyList<ConcernComparison> Concerns)
{
    /// <summary>True when every concern arrived with equal count and checksum.</summary>
    public bool AllEqual => Concerns.All(c => c.Equal);
}
