using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;
using ProjectMap.Application.Projects;
using ProjectMap.Application.Projects.Import;
using ProjectMap.Application.Users;
using ProjectMap.Domain.Access;
using ProjectMap.Domain.Projects;
using ProjectMap.Storage.GeoPackage;
using ProjectMap.Testing;

namespace ProjectMap.Web.Tests.Infrastructure;

/// <summary>
/// A real Kestrel server on a free loopback port over a fresh GeoPackage holding the sample district and three users:
/// admin, leader and officer (assigned WJ2023-001 and WJ2023-002), each with password <see cref="Password"/>.
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

    /// <summary>Starts a server with the given options (urls are replaced by a free loopback port).</summary>
    public static async Task<ViewerServerFixture> StartAsync(ViewerOptions? options = null)
    {
        var fixture = new ViewerServerFixture();
        fixture.Store = await GeoPackageStore.OpenAsync(fixture._dir.Combine("viewer.gpkg"));
        await ProjectImportService.ImportAsync(fixture.Store, RepositoryRoot.Combine("sample-imagery", "district", "projects.geojson"), new ProjectImportOptions());
        var users = new UserService(fixture.Store, new PasswordHasher(1000));
        await users.AddAsync(UserName.Parse("admin"), UserRole.Admin, [], Password);
        await users.AddAsync(UserName.Parse("leader"), UserRole.Leader, [], Password, "李局长");
        await users.AddAsync(UserName.Parse("officer"), UserRole.Officer, [ProjectCode.Parse("WJ2023-001"), ProjectCode.Parse("WJ2023-002")], Password, "王专员");
        var viewer = (options ?? new ViewerOptions()) with
        {
            Urls = ["http://127.0.0.1:0"],
            KeysDirectory = fixture._dir.Combine("keys"),
            PasswordIterations = 1000,
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
