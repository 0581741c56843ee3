using ProjectMap.Application.Storage;
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

    public void Dispose() => _dir.Dispose();
}
