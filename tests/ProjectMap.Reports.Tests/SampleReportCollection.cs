namespace ProjectMap.Reports.Tests;

/// <summary>The tests that read the demo's December 2023 report share one demo run.</summary>
[CollectionDefinition(Name)]
public sealed class SampleReportCollection : ICollectionFixture<SampleReportFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "sample report";
}
