using ProjectMap.Domain.Access;
using ProjectMap.Storage.Contract.Tests;
using ProjectMap.Testing;

namespace ProjectMap.Storage.GeoPackage.Tests.Access;

public sealed class AccessTablesTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    [Fact]
    public async Task OpenAsync_WithUsersAndAudit_OgrinfoListsAccessTablesAsAttributeLayers()
    {
        var path = _dir.Combine("access.gpkg");
        await using (var store = await GeoPackageStore.OpenAsync(path))
        {
            await store.Projects.AddAsync([SampleProjects.Minimal("P1", 119.9, 31.7)]);
            await store.Users.AddAsync(new UserAccount
            {
                Name = UserName.Parse("officer1"), Role = UserRole.Officer, Projects = [Domain.Projects.ProjectCode.Parse("P1")],
                PasswordHash = "pbkdf2-sha256$1000$c2FsdA==$aGFzaA==",
            });
            await store.Audit.AppendAsync(new AuditEntry(0, DateTimeOffset.UtcNow, "officer1", "project.stage", "P1", AuditOutcome.Done, "", "cli"));
        }

        var (code, output, error) = ExternalTool.Run("ogrinfo", "-ro", "-q", path);
        var (code2, rows, error2) = ExternalTool.Run("ogrinfo", "-ro", "-q", path, "access_user_projects");

        Assert.True(code == 0, error);
        Assert.Contains("access_users (None)", output, StringComparison.Ordinal);
        Assert.Contains("access_user_projects (None)", output, StringComparison.Ordinal);
        Assert.Contains("audit_log (None)", output, StringComparison.Ordinal);
        Assert.True(code2 == 0, error2);
        Assert.Contains("project_code (String) = P1", rows, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _dir.Dispose();
    }
}
