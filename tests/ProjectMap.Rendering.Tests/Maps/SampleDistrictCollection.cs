namespace ProjectMap.Rendering.Tests.Maps;

/// <summary>Test classes sharing one demo build of the sample district.</summary>
[CollectionDefinition(Name)]
public sealed class SampleDistrictCollection : ICollectionFixture<SampleDistrictFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "sample district";
}
