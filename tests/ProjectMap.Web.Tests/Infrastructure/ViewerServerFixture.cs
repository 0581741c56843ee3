using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;
using ProjectMap.Application.Ledger.Import;
using ProjectMap.Application.Photos;
using ProjectMap.Application.Projects;
using ProjectMap.Application.Projects.Import;
using ProjectMap.Application.Users;
using ProjectMap.Domain.Access;
using ProjectMap.Cli.Demo;
using ProjectMap.Domain.Projects;
using ProjectMap.Storage.GeoPackage;
using ProjectMap.Testing;

namespace ProjectMap.Web.Tests.Infrastructure;

/// <summary>
/// A real Kestrel server on a free loopback port over a fresh GeoPackage holding the sample district (parcels and its
/// 2023 ledger), six synthetic drone photos (October–December 2023, see <see cref="SeededPhotos"/>) with their originals
/// in <see cref="FilesRoot"/>, and three users: admin, leader and officer (assigned WJ2023-001 and WJ2023-002), each
/// with password <see cref="Password"/>. Uploads use 64 KiB chunks so a photo takes several.
/// </summary>
public sealed class ViewerServerFixture : IAsyncDisposable
{
    /// <summary>Every test user's password.</summary>
    public const string Password = "test-password-1";

    private readonly TempDirectory _dir = new();
    private WebApplication? _app;

    private ViewerServerFixture()
    {
    }

    /// <summary>The server's base URL, e.g. http://127.0.0.1:41234 (no trailing slash).</summary>
    public string BaseUrl { get; private set; } = string.Empty;

    /// <summary>The store the server runs on.</summary>
    public GeoPackageStore Store { get; private set; } = null!;

    /// <summary>The photo folder (originals/, quarantine/, .uploads/).</summary>
    public string FilesRoot { get; private set; } = string.Empty;

    /// <summary>A scratch folder for the test's own files.</summary>
    public string ScratchDirectory => Directory.CreateDirectory(_dir.Combine("scratch")).FullName;

    /// <summary>The photos ingested at start: (project, capture day, progress 0–1).</summary>
    public static IReadOnlyList<(string Project, DateTime Taken, double Progress)> SeededPhotos { get; } =
    [
        ("WJ2023-001", new DateTime(2023, 10, 16, 10, 0, 0), 0.6),
        ("WJ2023-001", new DateTime(2023, 11, 16, 10, 0, 0), 0.75),
        ("WJ2023-001", new DateTime(2023, 12, 15, 10, 30, 0), 0.85),
        ("WJ2023-002", new DateTime(2023, 11, 20, 9, 0, 0), 0.35),
        ("WJ2023-002", new DateTime(2023, 12, 18, 9, 30, 0), 0.4),
        ("WJ2023-003", new DateTime(2023, 12, 10, 14, 0, 0), 1.0),
    ];

    /// <summary>Writes a synthetic photo of a project's parcel into the scratch folder and returns its path.</summary>
    public async Task<string> WritePhotoAsync(string project, DateTime taken, double progress, string fileName, double heightM = 180, double yawDeg = 0)
    {
        var parcel = (await Store.Projects.FindAsync(ProjectCode.Parse(project)))!.Parcel;
        return SyntheticDronePhoto.WriteOver(Path.Combine(ScratchDirectory, fileName), parcel, taken, progress, seed: fileName.Aggregate(17, (h, c) => unchecked((h * 31) + c)), heightM, yawDeg);
    }

    /// <summary>GETs a path as the leader (HTTP Basic, as GIS clients do).</summary>
    public async Task<HttpResponseMessage> GetAsLeaderAsync(string path)
    {
        using var client = new ViewerClient(BaseUrl);
        return await client.GetWithBasicAsync(path, "leader");
    }

    /// <summary>GETs a path as the leader, asserts the status (200 unless told) and parses the JSON answer.</summary>
    public async Task<System.Text.Json.JsonElement> JsonAsLeaderAsync(string path, System.Net.HttpStatusCode expected = System.Net.HttpStatusCode.OK)
    {
        var response = await GetAsLeaderAsync(path);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{path}: {(int)response.StatusCode} {text}");
        return System.Text.Json.JsonDocument.Parse(text).RootElement;
    }

    /// <summary>Starts a server with the given options (urls are replaced by a free loopback port).</summary>
    public static async Task<ViewerServerFixture> StartAsync(ViewerOptions? options = null)
    {
        var fixture = new ViewerServerFixture();
        fixture.Store = await GeoPackageStore.OpenAsync(fixture._dir.Combine("viewer.gpkg"));
        await ProjectImportService.ImportAsync(fixture.Store, RepositoryRoot.Combine("sample-imagery", "district", "projects.geojson"), new ProjectImportOptions());
        foreach (var file in ImportLedgerStep.Files)
        {
            await LedgerImportService.ImportAsync(fixture.Store, RepositoryRoot.Combine("sample-imagery", "district", file), new LedgerImportOptions(false, "fixture", DateTimeOffset.Now));
        }

        fixture.FilesRoot = fixture._dir.Combine("viewer.files");
        var seeded = new List<string>();
        for (var i = 0; i < SeededPhotos.Count; i++)
        {
            var (project, taken, progress) = SeededPhotos[i];
            seeded.Add(await fixture.WritePhotoAsync(project, taken, progress, $"DJI_{i + 1:D4}.JPG", yawDeg: i * 15));
        }

        var ingest = new PhotoIngestService(fixture.Store, new PhotoFileStore(fixture.FilesRoot));
        await foreach (var r in ingest.IngestAsync(seeded, new IngestOptions()))
        {
            if (r.Outcome is not (IngestOutcome.Accepted or IngestOutcome.AcceptedWithWarnings))
            {
                throw new InvalidOperationException($"seeded photo {r.File}: {r.Outcome} {r.Reason}");
            }
        }

        var users = new UserService(fixture.Store, new PasswordHasher(1000));
        await users.AddAsync(UserName.Parse("admin"), UserRole.Admin, [], Password);
        await users.AddAsync(UserName.Parse("leader"), UserRole.Leader, [], Password, "李局长");
        await users.AddAsync(UserName.Parse("officer"), UserRole.Officer, [ProjectCode.Parse("WJ2023-001"), ProjectCode.Parse("WJ2023-002")], Password, "王专员");
        var viewer = (options ?? new ViewerOptions()) with
        {
            Urls = ["http://127.0.0.1:0"],
            KeysDirectory = fixture._dir.Combine("keys"),
            PasswordIterations = 1000,
            PhotoFilesRoot = fixture.FilesRoot,
            MonthlyReports = options?.MonthlyReports is ProjectMap.Cli.Commands.ServeMonthlyReports reports ? reports with { PhotoFilesRoot = fixture.FilesRoot } : options?.MonthlyReports,
            Uploads = (options ?? new ViewerOptions()).Uploads with { ChunkBytes = 64 * 1024 },
        };
        fixture._app = ViewerServer.Build(fixture.Store, viewer, logging => logging.SetMinimumLevel(LogLevel.Warning).AddFilter("Microsoft.AspNetCore.DataProtection", LogLevel.Error));
        await fixture._app.StartAsync();
        fixture.BaseUrl = fixture._app.Urls.Single();
        return fixture;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _dir.Dispose();
    }
}
