using Microsoft.Data.Sqlite;
using NetTopologySuite.Geometries;
using ProjectMap.Application.Storage;
using ProjectMap.Domain.Time;
using ProjectMap.Storage.GeoPackage.Schema;
using ProjectMap.Storage.Contract.Tests.Photos;
using ProjectMap.Testing;

namespace ProjectMap.Storage.GeoPackage.Tests.Photos;

/// <summary>The photo contract on a fresh GeoPackage file per test, plus GDAL's view of the photos layer.</summary>
public sealed class GeoPackagePhotoRepositoryTests : PhotoRepositoryContract, IDisposable
{
    private readonly TempDirectory _dir = new();

    protected override async Task<IProjectMapStore> CreateStoreAsync() =>
        await GeoPackageStore.OpenAsync(_dir.Combine($"{Guid.NewGuid():N}.gpkg"));

    [Fact]
    public async Task Ogrinfo_PhotosLayer_ListedWithSrsFeaturesAndAttributeTables()
    {
        var path = _dir.Combine("photos.gpkg");
        await using (var store = await GeoPackageStore.OpenAsync(path))
        {
            await store.Photos.AddAsync(SamplePhotos.Photo(1), []);
            await store.Photos.AddAsync(SamplePhotos.Photo(2, lon: 119.9), []);
        }

        var (exit, output, error) = ExternalTool.Run("ogrinfo", "-so", path, "photos");
        Assert.True(exit == 0, error);
        Assert.Contains("Geometry: Polygon", output, StringComparison.Ordinal);
        Assert.Contains("Feature Count: 2", output, StringComparison.Ordinal);
        Assert.Contains("ID[\"EPSG\",4490]", output, StringComparison.Ordinal);
        var (_, layers, _) = ExternalTool.Run("ogrinfo", "-q", path);
        Assert.Contains("photo_quarantine", layers, StringComparison.Ordinal);
        Assert.Contains("photo_parcels", layers, StringComparison.Ordinal);
        Assert.Contains("photo_corrections", layers, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FindFootprintsAsync_MonthEditedWithGdal_MonthIndexFollows()
    {
        var path = _dir.Combine("edited.gpkg");
        var december = new YearMonth(2023, 12);
        var box = new Envelope(119.84, 119.85, 31.70, 31.72);
        await using (var store = await GeoPackageStore.OpenAsync(path))
        {
            await store.Photos.AddAsync(SamplePhotos.Photo(61, month: december), []);
            await store.Photos.AddAsync(SamplePhotos.Photo(62, month: december), []);
        }

        // What a QGIS or GDAL user does to the layer: the month index's triggers run in GDAL's SQLite too.
        var sha = SamplePhotos.Photo(62).Sha256;
        var (exit, _, error) = ExternalTool.Run("ogrinfo", path, "-sql", $"UPDATE photos SET month = '2023-11' WHERE sha256 = '{sha}'");
        Assert.True(exit == 0, error);
        Assert.DoesNotContain("ERROR", error, StringComparison.Ordinal);

        await using var reopened = await GeoPackageStore.OpenAsync(path, create: false);
        Assert.Equal([SamplePhotos.Photo(61).Sha256], (await reopened.Photos.FindFootprintsAsync(box, december, 10)).Select(f => f.Sha256));
        Assert.Equal([sha], (await reopened.Photos.FindFootprintsAsync(box, new YearMonth(2023, 11), 10)).Select(f => f.Sha256));
    }

    [Fact]
    public async Task OpenAsync_FileFromBeforeTheMonthIndex_IndexFilledFromStoredPhotos()
    {
        var path = _dir.Combine("older.gpkg");
        var december = new YearMonth(2023, 12);
        await using (var store = await GeoPackageStore.OpenAsync(path))
        {
            await store.Photos.AddAsync(SamplePhotos.Photo(71, month: december), []);
            await store.Photos.AddAsync(SamplePhotos.Photo(72, month: december.AddMonths(-1)), []);
        }

        // Take the file back to the schema before migration 1003 (no month index, step not recorded).
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"""
                DROP TRIGGER {PhotoMonthIndex.Table}_insert; DROP TRIGGER {PhotoMonthIndex.Table}_update; DROP TRIGGER {PhotoMonthIndex.Table}_delete;
                DROP TABLE {PhotoMonthIndex.Table};
                DELETE FROM pm_schema_migrations WHERE id = '1003-photos-month-index';
                """;
            command.ExecuteNonQuery();
        }

        await using var reopened = await GeoPackageStore.OpenAsync(path, create: false);
        var found = await reopened.Photos.FindFootprintsAsync(new Envelope(119.84, 119.85, 31.70, 31.72), december, 10);
        Assert.Equal([SamplePhotos.Photo(71).Sha256], found.Select(f => f.Sha256));
        var (exit, output, error) = ExternalTool.Run("ogrinfo", "-q", path);
        Assert.True(exit == 0, error);
        Assert.DoesNotContain(PhotoMonthIndex.Table, output, StringComparison.Ordinal);
        Assert.True(string.IsNullOrWhiteSpace(error), error);
    }

    public void Dispose() => _dir.Dispose();
}
