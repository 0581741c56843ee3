using NetTopologySuite.Geometries;
using ProjectMap.Application.Storage;
using ProjectMap.Domain.Time;
using ProjectMap.Storage.Contract.Tests.Photos;
using ProjectMap.Storage.GeoPackage.Schema;
using ProjectMap.Testing;

namespace ProjectMap.Storage.GeoPackage.Tests.Photos;

/// <summary>
/// photos_month_rtree kept right by its triggers when another program writes the photos table with plain SQL (the
/// ST_ functions every GeoPackage writer registers): month, footprint, capture time, fid and deletions.
/// </summary>
public sealed class PhotoMonthIndexTests : IDisposable
{
    private static readonly YearMonth October = new(2023, 10);
    private static readonly YearMonth November = new(2023, 11);
    private static readonly YearMonth December = new(2023, 12);
    private static readonly Envelope Box = new(119.84, 119.86, 31.70, 31.72);
    private readonly TempDirectory _dir = new();

    [Fact]
    public async Task SqlWrites_UpdateMonthFootprintCaptureTimeFidAndDelete_OneMonthQueriesFollowThem()
    {
        var path = _dir.Combine("edited.gpkg");
        var photos = Photos();
        await using var store = await GeoPackageStore.OpenAsync(path);
        await store.Photos.ImportAsync([.. photos.Select(p => new PhotoRecord(p, [], []))]);
        var (a, b, c, d, e) = (photos[0], photos[1], photos[2], photos[3], photos[4]);
        var far = SamplePhotos.Square(121.0, 30.0);

        using (var connection = GeoPackageConnection.Open(path, create: false))
        {
            Sql.Execute(connection, null, $"UPDATE photos SET month = '2023-11' WHERE sha256 = '{a.Sha256}'");
            Sql.Scalar(connection, null, "UPDATE photos SET geom = $g WHERE sha256 = $s", ("$g", GpkgBlob.Encode(far)), ("$s", b.Sha256));
            Sql.Execute(connection, null, $"UPDATE photos SET captured_at = '2020-01-01T00:00:00+08:00' WHERE sha256 = '{c.Sha256}'");
            Sql.Execute(connection, null, $"DELETE FROM photos WHERE sha256 = '{d.Sha256}'");
            Sql.Execute(connection, null, $"UPDATE photos SET fid = fid + 1000 WHERE sha256 = '{e.Sha256}'");
        }

        var edited = photos.Where(p => p != d).Select(p =>
            p == a ? p with { Month = November } :
            p == b ? p with { Footprint = far } :
            p == c ? p with { CapturedAt = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.FromHours(8)) } : p).ToList();

        foreach (var month in new YearMonth?[] { October, November, December, null })
        {
            Assert.Equal(SamplePhotos.ExpectedFootprints(edited, Box, month), Shas(await store.Photos.FindFootprintsAsync(Box, month, 100)));
        }

        Assert.Equal([b.Sha256], Shas(await store.Photos.FindFootprintsAsync(far.EnvelopeInternal, b.Month, 100)));
        // Only photos with a month are in the month index; photo 7 has none.
        Assert.Equal(edited.Count(p => p.Month is not null), IndexRows(path));
    }

    public void Dispose() => _dir.Dispose();

    /// <summary>Eight photos in or near <see cref="Box"/>: October, November, December and no month, overlapping, one outside.</summary>
    private static List<StoredPhoto> Photos() =>
    [
        SamplePhotos.Photo(1, 119.845, 31.705, month: October),
        SamplePhotos.Photo(2, 119.8452, 31.7051, month: December),
        SamplePhotos.Photo(3, 119.8453, 31.7052, month: October),
        SamplePhotos.Photo(4, 119.8454, 31.7053, month: December),
        SamplePhotos.Photo(5, 119.8455, 31.7054, month: November),
        SamplePhotos.Photo(6, 119.8456, 31.7055, month: October) with { CapturedAt = null },
        SamplePhotos.Photo(7, 119.8457, 31.7056) with { Month = null },
        SamplePhotos.Photo(8, 119.95, 31.75, month: October),
    ];

    private static List<string> Shas(IEnumerable<PhotoFootprint> found) => found.Select(f => f.Sha256).ToList();

    private static long IndexRows(string path)
    {
        using var connection = GeoPackageConnection.Open(path, create: false);
        return (long)Sql.Scalar(connection, null, $"SELECT COUNT(*) FROM {PhotoMonthIndex.Table}")!;
    }
}
