using ProjectMap.Testing;

namespace ProjectMap.Storage.PostGis.Tests;

/// <summary>Every test class that needs the private server belongs to this collection: one server for all of them, started once.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "PostgreSQL server";
}
