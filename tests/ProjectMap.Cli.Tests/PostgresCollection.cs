using ProjectMap.Testing;

namespace ProjectMap.Cli.Tests;

/// <summary>Test classes that need a private PostgreSQL server share one through this collection, started once for all of them.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "PostgreSQL server";
}
