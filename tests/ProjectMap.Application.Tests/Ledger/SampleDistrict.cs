using System.Text.Json;
using ProjectMap.Application.Ledger.Import;
using ProjectMap.Application.Projects;
using ProjectMap.Application.Projects.Import;
using ProjectMap.Application.Storage;
using ProjectMap.Storage.GeoPackage;
using ProjectMap.Testing;

namespace ProjectMap.Application.Tests.Ledger;

/// <summary>A temporary GeoPackage store holding the sample district's projects (and, when asked, its 2023 ledger).</summary>
internal sealed class SampleDistrict : IAsyncDisposable
{
    public static readonly string[] LedgerFiles = ["annual-plans.csv", "milestones.csv", "milestone-changes.csv", "investment.csv"];

    private readonly TempDirectory _dir;

    private SampleDistrict(TempDirectory dir, IProjectMapStore store)
    {
        _dir = dir;
        Store = store;
    }

    public IProjectMapStore Store { get; }

    public string Directory => _dir.Path;

    /// <summary>The repository's sample-imagery/district folder.</summary>
    public static string DistrictFolder => RepositoryRoot.Combine("sample-imagery", "district");

    public static string TestData(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", name);

    public static async Task<SampleDistrict> CreateAsync(bool withLedger)
    {
        var dir = new TempDirectory();
        var store = await GeoPackageStore.OpenAsync(dir.Combine("projectmap.gpkg"));
        await ProjectImportService.ImportAsync(store, Path.Combine(DistrictFolder, "projects.geojson"), new ProjectImportOptions());
        var district = new SampleDistrict(dir, store);
        if (withLedger)
        {
            foreach (var file in LedgerFiles)
            {
                await district.ImportAsync(Path.Combine(DistrictFolder, file));
            }
        }

        return district;
    }

    public Task<LedgerImportResult> ImportAsync(string path, bool skipInvalid = false) =>
        LedgerImportService.ImportAsync(Store, path, new LedgerImportOptions(skipInvalid, "测试", new DateTimeOffset(2024, 2, 1, 9, 0, 0, TimeSpan.FromHours(8))));

    /// <summary>Everything the store holds for the ledger, plus the projects' stage column, as text to compare before and after.</summary>
    public async Task<string> SnapshotAsync()
    {
        var ledgers = await Store.Ledger.ListAsync();
        var stages = (await Store.Projects.ListAsync()).Select(p => p.Code.Value + "=" + p.Stage);
        return JsonSerializer.Serialize(new { ledgers, stages, template = (await Store.Ledger.GetTemplateAsync()).Steps });
    }

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        _dir.Dispose();
    }
}
