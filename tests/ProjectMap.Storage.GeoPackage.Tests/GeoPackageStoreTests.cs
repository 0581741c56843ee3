using Microsoft.Data.Sqlite;
using ProjectMap.Application.Storage;
using ProjectMap.Storage.Contract.Tests;
using ProjectMap.Storage.GeoPackage.Schema;
using ProjectMap.Testing;

namespace ProjectMap.Storage.GeoPackage.Tests;

public sealed class GeoPackageStoreTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    [Fact]
    public async Task OpenAsync_NewFile_OgrinfoListsProjectsLayerWithCgcs2000AndFeatures()
    {
        var path = _dir.Combine("district.gpkg");
        await using (var store = await GeoPackageStore.OpenAsync(path))
        {
            await store.Projects.AddAsync([SampleProjects.Full("WJ-001"), SampleProjects.Minimal("WJ-002", 119.95, 31.68)]);
        }

        var (code, output, error) = ExternalTool.Run("ogrinfo", "-so", path, "projects");

        Assert.True(code == 0, error);
        Assert.Contains("using driver `GPKG' successful", output, StringComparison.Ordinal);
        Assert.Contains("Geometry: Multi Polygon", output, StringComparison.Ordinal);
        Assert.Contains("Feature Count: 2", output, StringComparison.Ordinal);
        Assert.Contains("ID[\"EPSG\",4490]", output, StringComparison.Ordinal);
        Assert.Contains("planned_investment_wan: Real", output, StringComparison.Ordinal);
        Assert.Contains("stage: String", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenAsync_NewFile_OgrinfoReadsChineseAttributesAndSpatialFilterUsesRtree()
    {
        var path = _dir.Combine("district.gpkg");
        await using (var store = await GeoPackageStore.OpenAsync(path))
        {
            await store.Projects.AddAsync([SampleProjects.Full("WJ-001"), SampleProjects.Minimal("FAR", 121.0, 30.0)]);
        }

        var (code, output, error) = ExternalTool.Run("ogrinfo", "-ro", "-spat", "119.84", "31.70", "119.85", "31.71", path, "projects");

        Assert.True(code == 0, error);
        Assert.Contains("name (String) = 鑫奇航智能装备制造项目", output, StringComparison.Ordinal);
        Assert.DoesNotContain("FAR", output, StringComparison.Ordinal);
        Assert.Contains("Feature Count: 1", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenAsync_ExistingStore_MigrationsAppliedOnceAndVersionRecorded()
    {
        var path = _dir.Combine("a.gpkg");
        int first;
        await using (var store = await GeoPackageStore.OpenAsync(path))
        {
            first = store.SchemaVersion;
        }

        await using var again = await GeoPackageStore.OpenAsync(path, create: false);

        Assert.Equal(Migrations.All.Count, first);
        Assert.Equal(first, again.SchemaVersion);
        using var c = GeoPackageConnection.Open(path, create: false);
        Assert.Equal(1196444487L, Sql.Scalar(c, null, "PRAGMA application_id"));
        Assert.Equal((long)Migrations.All.Count, Sql.Scalar(c, null, "SELECT COUNT(*) FROM pm_schema_migrations"));
    }

    [Fact]
    public async Task OpenAsync_MissingFileWithoutCreate_ThrowsSayingInit()
    {
        var e = await Assert.ThrowsAsync<StoreException>(() => GeoPackageStore.OpenAsync(_dir.Combine("missing.gpkg"), create: false));

        Assert.Contains("projectmap init", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenAsync_TextFile_ThrowsNotSqlite()
    {
        var path = _dir.Combine("notes.gpkg");
        await File.WriteAllTextAsync(path, "these are not the parcels you are looking for, but a long enough text file to be read");

        var e = await Assert.ThrowsAsync<StoreException>(() => GeoPackageStore.OpenAsync(path, create: false));

        Assert.Contains("not a SQLite/GeoPackage file", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenAsync_PlainSqliteDatabase_ThrowsNotAGeoPackageAndLeavesItUntouched()
    {
        var path = _dir.Combine("other.sqlite");
        using (var c = new SqliteConnection($"Data Source={path}"))
        {
            c.Open();
            Sql.Execute(c, null, "CREATE TABLE t (x INTEGER)");
        }

        SqliteConnection.ClearAllPools();
        var before = await File.ReadAllBytesAsync(path);

        var e = await Assert.ThrowsAsync<StoreException>(() => GeoPackageStore.OpenAsync(path));

        Assert.Contains("not a GeoPackage", e.Message, StringComparison.Ordinal);
        SqliteConnection.ClearAllPools();
        Assert.Equal(before, await File.ReadAllBytesAsync(path));
    }

    [Fact]
    public async Task AddAsync_RefusedBatch_LeavesRtreeAndContentsConsistent()
    {
        var path = _dir.Combine("c.gpkg");
        await using var store = await GeoPackageStore.OpenAsync(path);
        await store.Projects.AddAsync([SampleProjects.Minimal("P1", 119.9, 31.7)]);

        await Assert.ThrowsAsync<DuplicateProjectException>(() =>
            store.Projects.AddAsync([SampleProjects.Minimal("P2", 119.8, 31.6), SampleProjects.Minimal("P1", 119.9, 31.7)]));

        using var c = GeoPackageConnection.Open(path, create: false);
        Assert.Equal(1L, Sql.Scalar(c, null, "SELECT COUNT(*) FROM rtree_projects_geom"));
        Assert.Equal(119.9, (double)Sql.Scalar(c, null, "SELECT min_x FROM gpkg_contents WHERE table_name = 'projects'")!, 12);
        Assert.Equal(31.701, (double)Sql.Scalar(c, null, "SELECT max_y FROM gpkg_contents WHERE table_name = 'projects'")!, 12);
    }

    [Fact]
    public void GpkgBlob_EncodeThenEnvelope_MatchesGeometryEnvelope()
    {
        var parcel = SampleProjects.Full().Parcel;

        var blob = GpkgBlob.Encode(parcel);

        Assert.Equal(parcel.EnvelopeInternal, GpkgBlob.Envelope(blob));
        Assert.True(parcel.EqualsExact(GpkgBlob.Decode(blob)), GpkgBlob.Decode(blob).AsText());
        Assert.Equal(4490, GpkgBlob.Decode(blob).SRID);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _dir.Dispose();
    }
}
