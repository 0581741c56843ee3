using ProjectMap.Domain.Ledger;
using ProjectMap.Domain.Projects;
using ProjectMap.Domain.Time;
using ProjectMap.Storage.GeoPackage;
using ProjectMap.Testing;

namespace ProjectMap.Reports.Tests;

/// <summary>
/// The sample district built once by <c>projectmap demo</c>, whose report step writes the December 2023 report in all
/// four formats into <c>reports/</c>; also the ledger and projects read straight from the demo's GeoPackage, the
/// figures every report value is checked against.
/// </summary>
public sealed class SampleReportFixture : IAsyncLifetime
{
    private readonly TempDirectory _dir = new();

    /// <summary>The reported month.</summary>
    public static YearMonth Month { get; } = new(2023, 12);

    /// <summary>The demo's output folder.</summary>
    public string Directory => _dir.Path;

    /// <summary>The demo's GeoPackage.</summary>
    public string Db => _dir.Combine("projectmap.gpkg");

    /// <summary>The folder the demo wrote the report into.</summary>
    public string Reports => _dir.Combine("reports");

    /// <summary>The demo's stdout.</summary>
    public string DemoOutput { get; private set; } = string.Empty;

    /// <summary>The projects in code order.</summary>
    public IReadOnlyList<Project> Projects { get; private set; } = [];

    /// <summary>Every project's ledger by code.</summary>
    public IReadOnlyDictionary<ProjectCode, ProjectLedger> Ledgers { get; private set; } = new Dictionary<ProjectCode, ProjectLedger>();

    /// <summary>The path of a report file.</summary>
    public string File(string name) => Path.Combine(Reports, name);

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        DemoOutput = await SampleDistrict.BuildAsync(Directory);
        await using var store = await GeoPackageStore.OpenAsync(Db, create: false);
        Projects = [.. (await store.Projects.ListAsync()).OrderBy(p => p.Code.Value, StringComparer.Ordinal)];
        Ledgers = (await store.Ledger.ListAsync()).ToDictionary(l => l.Code);
    }

    /// <inheritdoc />
    public Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _dir.Dispose();
        return Task.CompletedTask;
    }
}
