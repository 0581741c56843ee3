using NetTopologySuite.Geometries;
using ProjectMap.Application.Storage;
using ProjectMap.Domain.Time;
using ProjectMap.Testing;

namespace ProjectMap.Storage.Contract.Tests.Photos;

/// <summary>What every store must do with photos. Derive it in each store's test project; each call of <see cref="CreateStoreAsync"/> gives a fresh store.</summary>
public abstract class PhotoRepositoryContract
{
    /// <summary>A new, empty, migrated store.</summary>
    protected abstract Task<IProjectMapStore> CreateStoreAsync();

    [Fact]
    public async Task AddAsync_Photo_RoundTripsEveryFieldAndItsMatches()
    {
        await using var store = await CreateStoreAsync();
        var photo = SamplePhotos.Photo(1);

        Assert.True(await store.Photos.AddAsync(photo, [new PhotoParcelMatch(photo.Sha256, "P1", 0.25, 0.5), new PhotoParcelMatch(photo.Sha256, "P0", 0.1, 0.2)]));
        var read = await store.Photos.FindAsync(photo.Sha256);

        Assert.NotNull(read);
        GeometryAssert.EqualWithin(photo.Footprint.AsText(), read.Footprint, 1e-12);
        Assert.Equal(4490, read.Footprint.SRID);
        Assert.Equal(photo with { Footprint = read.Footprint, Warnings = read.Warnings }, read);
        Assert.Equal(photo.Warnings, read.Warnings);
        var matches = await store.Photos.MatchesAsync(photo.Sha256);
        Assert.Equal(["P0", "P1"], matches.Select(m => m.ProjectCode));
        Assert.Equal(0.25, matches[1].ParcelCoveredShare);
        Assert.Equal(0.5, matches[1].PhotoOnParcelShare);
    }

    [Fact]
    public async Task AddAsync_SameShaTwice_SecondReturnsFalseAndStoresNothing()
    {
        await using var store = await CreateStoreAsync();
        var photo = SamplePhotos.Photo(2);

        Assert.True(await store.Photos.AddAsync(photo, []));
        Assert.False(await store.Photos.AddAsync(photo with { FileName = "other.jpg" }, [new PhotoParcelMatch(photo.Sha256, "P9", 1, 1)]));

        Assert.Equal(1, await store.Photos.CountAsync());
        Assert.Equal(photo.FileName, (await store.Photos.FindAsync(photo.Sha256))!.FileName);
        Assert.Empty(await store.Photos.MatchesAsync(photo.Sha256));
    }

    [Fact]
    public async Task ListAsync_ByProjectAndMonth_FiltersAndOrdersByCaptureTime()
    {
        await using var store = await CreateStoreAsync();
        await store.Photos.AddAsync(SamplePhotos.Photo(5, project: "P1", month: new YearMonth(2023, 11)), []);
        await store.Photos.AddAsync(SamplePhotos.Photo(4, project: "P1"), []);
        await store.Photos.AddAsync(SamplePhotos.Photo(3, project: "P2"), []);

        Assert.Equal(3, (await store.Photos.ListAsync(new PhotoQuery())).Count);
        Assert.Equal([4, 5], (await store.Photos.ListAsync(new PhotoQuery("P1"))).Select(p => (int)p.SizeBytes - 1000));
        Assert.Equal([4], (await store.Photos.ListAsync(new PhotoQuery("P1", new YearMonth(2023, 12)))).Select(p => (int)p.SizeBytes - 1000));
    }

    [Fact]
    public async Task FindInEnvelopeAsync_FindsOnlyFootprintsInTheBox()
    {
        await using var store = await CreateStoreAsync();
        await store.Photos.AddAsync(SamplePhotos.Photo(6, lon: 119.80), []);
        await store.Photos.AddAsync(SamplePhotos.Photo(7, lon: 119.90), []);

        var found = await store.Photos.FindInEnvelopeAsync(new Envelope(119.85, 119.95, 31.70, 31.72));

        Assert.Equal([1007L], found.Select(p => p.SizeBytes));
    }

    [Fact]
    public async Task AddCorrectionAsync_KeepsEveryCorrectionAndReturnsTheLatest()
    {
        await using var store = await CreateStoreAsync();
        var photo = SamplePhotos.Photo(8);
        await store.Photos.AddAsync(photo, []);
        var first = new PhotoCorrectionRecord(photo.Sha256, "similarity", [1, 0, 0, 0, -1, 0, 0, 0, 1], 31.7, 119.8, "[]", 0, 0, new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var second = first with { Model = "homography", RmsResidualM = 0.12, MaxResidualM = 0.2, CreatedAt = first.CreatedAt.AddHours(1) };

        await store.Photos.AddCorrectionAsync(first);
        await store.Photos.AddCorrectionAsync(second);
        var latest = await store.Photos.LatestCorrectionAsync(photo.Sha256);

        Assert.NotNull(latest);
        Assert.Equal("homography", latest.Model);
        Assert.Equal(second.Matrix, latest.Matrix);
        Assert.Equal(0.12, latest.RmsResidualM);
        Assert.Equal(second.CreatedAt, latest.CreatedAt);
        Assert.Equal(["similarity", "homography"], (await store.Photos.CorrectionsAsync(photo.Sha256)).Select(c => c.Model));
        Assert.Empty(await store.Photos.CorrectionsAsync(new string('d', 64)));
        Assert.Equal(photo with { Footprint = photo.Footprint }, (await store.Photos.FindAsync(photo.Sha256))! with { Footprint = photo.Footprint, Warnings = photo.Warnings });
    }

    [Fact]
    public async Task AddCorrectionAsync_UnknownPhoto_Throws()
    {
        await using var store = await CreateStoreAsync();

        await Assert.ThrowsAnyAsync<StoreException>(() => store.Photos.AddCorrectionAsync(
            new PhotoCorrectionRecord(new string('a', 64), "affine", [1, 0, 0, 0, 1, 0, 0, 0, 1], 0, 0, "[]", 0, 0, DateTimeOffset.UtcNow)));
    }

    [Fact]
    public async Task QuarantineAsync_SameShaTwice_KeptOnceWithItsReason()
    {
        await using var store = await CreateStoreAsync();
        var file = new QuarantinedFile(new string('b', 64), "bad.jpg", 50, "not a JPEG or TIFF photo", "quarantine/bbb.bin", new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero));

        Assert.True(await store.Photos.QuarantineAsync(file));
        Assert.False(await store.Photos.QuarantineAsync(file with { Reason = "other" }));

        Assert.Equal(file, Assert.Single(await store.Photos.ListQuarantineAsync()));
        Assert.Equal(file, await store.Photos.FindQuarantinedAsync(file.Sha256));
        Assert.Null(await store.Photos.FindQuarantinedAsync(new string('c', 64)));
    }
}
