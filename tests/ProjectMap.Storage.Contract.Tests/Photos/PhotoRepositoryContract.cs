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

    [Fact]
    public async Task ImportAsync_RecordsWithMatchesAndCorrections_ReadBackByPageFindAndEnvelope()
    {
        await using var store = await CreateStoreAsync();
        var records = new[] { Record(12, corrections: 2), Record(10, matches: 2), Record(11, lon: 119.90) };

        Assert.Equal(3, await store.Photos.ImportAsync(records));

        Assert.Equal(3, await store.Photos.CountAsync());
        var page = await store.Photos.ListPageAsync(null, 10);
        Assert.Equal(records.Select(r => r.Photo.Sha256).Order(StringComparer.Ordinal), page.Select(r => r.Photo.Sha256));
        foreach (var expected in records)
        {
            var read = page.Single(r => r.Photo.Sha256 == expected.Photo.Sha256);
            AssertSamePhoto(expected.Photo, read.Photo);
            AssertSamePhoto(expected.Photo, (await store.Photos.FindAsync(expected.Photo.Sha256))!);
            Assert.Equal(expected.Matches.OrderBy(m => m.ProjectCode, StringComparer.Ordinal), read.Matches);
            Assert.Equal(expected.Matches.OrderBy(m => m.ProjectCode, StringComparer.Ordinal), await store.Photos.MatchesAsync(expected.Photo.Sha256));
            Assert.Equal(expected.Corrections.Select(c => (c.Model, c.CreatedAt)), read.Corrections.Select(c => (c.Model, c.CreatedAt)));
            Assert.Equal(expected.Corrections.Select(c => c.Model), (await store.Photos.CorrectionsAsync(expected.Photo.Sha256)).Select(c => c.Model));
        }

        // The spatial index knows the imported footprints.
        Assert.Equal([11], (await store.Photos.FindInEnvelopeAsync(new Envelope(119.85, 119.95, 31.70, 31.72))).Select(p => (int)p.SizeBytes - 1000));
    }

    [Fact]
    public async Task ImportAsync_OnePhotoAlreadyStored_ThrowsNamingItAndStoresNoneOfTheBatch()
    {
        await using var store = await CreateStoreAsync();
        await store.Photos.AddAsync(SamplePhotos.Photo(21), []);

        var error = await Assert.ThrowsAnyAsync<StoreException>(() => store.Photos.ImportAsync([Record(20), Record(21), Record(22)]));

        Assert.Contains(SamplePhotos.Photo(21).Sha256, error.Message, StringComparison.Ordinal);
        Assert.Equal(1, await store.Photos.CountAsync());
        Assert.Empty(await store.Photos.MatchesAsync(SamplePhotos.Photo(20).Sha256));
    }

    [Fact]
    public async Task ImportAsync_SamePhotoTwiceInTheBatch_ThrowsAndStoresNothing()
    {
        await using var store = await CreateStoreAsync();

        await Assert.ThrowsAnyAsync<StoreException>(() => store.Photos.ImportAsync([Record(30), Record(31), Record(30)]));

        Assert.Equal(0, await store.Photos.CountAsync());
    }

    [Fact]
    public async Task ImportAsync_EmptyBatch_StoresNothing()
    {
        await using var store = await CreateStoreAsync();

        Assert.Equal(0, await store.Photos.ImportAsync([]));

        Assert.Equal(0, await store.Photos.CountAsync());
    }

    [Fact]
    public async Task ListPageAsync_PagesOfTwo_VisitEveryPhotoOnceInShaOrder()
    {
        await using var store = await CreateStoreAsync();
        await store.Photos.ImportAsync([.. new[] { 7, 3, 5, 1, 9 }.Select(n => Record(n))]);

        var seen = new List<string>();
        string? after = null;
        IReadOnlyList<PhotoRecord> page;
        do
        {
            page = await store.Photos.ListPageAsync(after, 2);
            Assert.InRange(page.Count, 0, 2);
            seen.AddRange(page.Select(r => r.Photo.Sha256));
            after = page.Count > 0 ? page[^1].Photo.Sha256 : after;
        }
        while (page.Count == 2);

        Assert.Equal(new[] { 1, 3, 5, 7, 9 }.Select(n => SamplePhotos.Photo(n).Sha256), seen);
        Assert.Empty(await store.Photos.ListPageAsync(seen[^1], 2));
    }

    [Fact]
    public async Task FindFootprintsAsync_BoxAndMonth_OnlyThatMonthsFootprintsInTheBoxByCaptureTimeWithinTheLimit()
    {
        await using var store = await CreateStoreAsync();
        var december = new YearMonth(2023, 12);
        await store.Photos.ImportAsync(
        [
            Record(43, month: december), Record(41, month: december), Record(42, month: new YearMonth(2023, 11)), Record(44, lon: 119.90, month: december),
        ]);
        var box = new Envelope(119.84, 119.85, 31.70, 31.72);

        var december2 = await store.Photos.FindFootprintsAsync(box, december, 10);
        var any = await store.Photos.FindFootprintsAsync(box, null, 10);
        var one = await store.Photos.FindFootprintsAsync(box, null, 1);

        // Capture seconds are n % 60, so photo 41 was taken before 43.
        Assert.Equal([SamplePhotos.Photo(41).Sha256, SamplePhotos.Photo(43).Sha256], december2.Select(f => f.Sha256));
        Assert.Equal(new[] { 41, 42, 43 }.Select(n => SamplePhotos.Photo(n).Sha256), any.Select(f => f.Sha256));
        Assert.Single(one);
        var f = december2[0];
        var p = SamplePhotos.Photo(41, month: december);
        Assert.Equal((p.ProjectCode, p.Month, p.CapturedAt, p.GsdCm, p.AccuracyM), (f.ProjectCode, f.Month, f.CapturedAt, f.GsdCm, f.AccuracyM));
        GeometryAssert.EqualWithin(p.Footprint.AsText(), f.Footprint, 1e-12);
        Assert.Equal(4490, f.Footprint.SRID);
    }

    [Fact]
    public async Task FindFootprintsAsync_BoxOneCentimetreAwayOrNull_FindsNothing()
    {
        await using var store = await CreateStoreAsync();
        await store.Photos.AddAsync(SamplePhotos.Photo(50), []);

        // The footprint's west edge is at 119.8455°; 1e-7° of longitude is about 1 cm here.
        var near = await store.Photos.FindFootprintsAsync(new Envelope(119.8454, 119.8455 - 1e-7, 31.70, 31.72), null, 10);
        var touching = await store.Photos.FindFootprintsAsync(new Envelope(119.8454, 119.8455, 31.70, 31.72), null, 10);

        Assert.Empty(near);
        Assert.Single(touching);
        Assert.Empty(await store.Photos.FindFootprintsAsync(new Envelope(), null, 10));
    }

    [Fact]
    public async Task FindFootprintsAsync_OneMonthBoxOneCentimetreAway_FindsNothingAndOtherMonthsNever()
    {
        await using var store = await CreateStoreAsync();
        var december = new YearMonth(2023, 12);
        await store.Photos.ImportAsync([Record(51, month: december), Record(52, month: december.AddMonths(-1)), Record(53, month: december.AddMonths(12)), new PhotoRecord(SamplePhotos.Photo(54) with { Month = null }, [], [])]);

        // West edges at 119.8455°; 1e-7° of longitude is about 1 cm here. Photo 54 has no month.
        var near = await store.Photos.FindFootprintsAsync(new Envelope(119.8454, 119.8455 - 1e-7, 31.70, 31.72), december, 10);
        var touching = await store.Photos.FindFootprintsAsync(new Envelope(119.8454, 119.8455, 31.70, 31.72), december, 10);
        var nextYear = await store.Photos.FindFootprintsAsync(new Envelope(119.84, 119.85, 31.70, 31.72), december.AddMonths(12), 10);
        var empty = await store.Photos.FindFootprintsAsync(new Envelope(119.84, 119.85, 31.70, 31.72), december.AddMonths(1), 10);

        Assert.Empty(near);
        Assert.Equal([SamplePhotos.Photo(51).Sha256], touching.Select(f => f.Sha256));
        Assert.Equal([SamplePhotos.Photo(53).Sha256], nextYear.Select(f => f.Sha256));
        Assert.Empty(empty);
    }

    [Fact]
    public async Task FindFootprintsAsync_OverlappingFootprintsOfSeveralMonths_ExactlyTheMonthsFootprintsInTheBoxInOrder()
    {
        await using var store = await CreateStoreAsync();
        var photos = OverlappingPhotos(240, seed: 10);
        foreach (var batch in photos.Chunk(70))
        {
            await store.Photos.ImportAsync([.. batch.Select(p => new PhotoRecord(p, [], []))]);
        }

        await AssertFootprintQueriesAsync(store, photos, seed: 11);
    }

    [Fact]
    public async Task FindFootprintsAsync_PhotosAddedOneByOneAndAgainWithAnotherMonth_FirstStoredMonthAndFootprintDecide()
    {
        await using var store = await CreateStoreAsync();
        var photos = OverlappingPhotos(60, seed: 20);
        foreach (var p in photos)
        {
            Assert.True(await store.Photos.AddAsync(p, []));
        }

        // Ingesting the same file again (same hash) with another month and footprint stores nothing new.
        var moved = SamplePhotos.Square(119.90, 31.75);
        foreach (var p in photos.Take(20))
        {
            Assert.False(await store.Photos.AddAsync(p with { Month = new YearMonth(2024, 6), Footprint = moved }, []));
        }

        Assert.Empty(await store.Photos.FindFootprintsAsync(moved.EnvelopeInternal, new YearMonth(2024, 6), 100));
        Assert.Empty(await store.Photos.FindFootprintsAsync(moved.EnvelopeInternal, null, 100));
        await AssertFootprintQueriesAsync(store, photos, seed: 21);
    }

    /// <summary>
    /// Photos with overlapping footprints (squares of 0.0005° to 0.003° in a 0.02° square), five months and some without
    /// a month, captured in whole seconds at +08:00 (so text and instant order agree) or with no capture time.
    /// </summary>
    private static List<StoredPhoto> OverlappingPhotos(int count, int seed)
    {
        var random = new Random(seed);
        YearMonth?[] months = [new YearMonth(2023, 10), new YearMonth(2023, 11), new YearMonth(2023, 12), new YearMonth(2024, 1), new YearMonth(2024, 2), null];
        return Enumerable.Range(1000 * seed, count).Select(n =>
        {
            var size = 0.0005 + (random.NextDouble() * 0.0025);
            var lon = 119.84 + (random.NextDouble() * 0.02);
            var lat = 31.70 + (random.NextDouble() * 0.02);
            var month = months[random.Next(months.Length)];
            DateTimeOffset? captured = random.Next(10) == 0 ? null : new DateTimeOffset(2023, 10, 1, 8, 0, 0, TimeSpan.FromHours(8)).AddSeconds(random.Next(10_000_000));
            return SamplePhotos.Photo(n, lon, lat) with { Month = month, CapturedAt = captured, Footprint = SamplePhotos.Square(lon, lat, size) };
        }).ToList();
    }

    /// <summary>Asks the store for random boxes (and the whole area) by each month and for every month, with a large and a small limit, and compares with the photos filtered and sorted here.</summary>
    private static async Task AssertFootprintQueriesAsync(IProjectMapStore store, IReadOnlyList<StoredPhoto> photos, int seed)
    {
        var random = new Random(seed);
        var boxes = Enumerable.Range(0, 12).Select(_ =>
        {
            var (x, y, w, h) = (119.838 + (random.NextDouble() * 0.02), 31.698 + (random.NextDouble() * 0.02), random.NextDouble() * 0.008, random.NextDouble() * 0.008);
            return new Envelope(x, x + w, y, y + h);
        }).Append(new Envelope(119.83, 119.87, 31.69, 31.73)).ToList();
        // A box whose west edge touches footprints' east edges exactly, and one a hair (1e-9°, 0.1 mm) short of them.
        var edge = photos[0].Footprint.EnvelopeInternal;
        boxes.Add(new Envelope(edge.MaxX, edge.MaxX + 0.001, edge.MinY, edge.MaxY));
        boxes.Add(new Envelope(edge.MaxX + 1e-9, edge.MaxX + 0.001, edge.MinY, edge.MaxY));
        YearMonth?[] asked = [null, new YearMonth(2023, 10), new YearMonth(2023, 11), new YearMonth(2023, 12), new YearMonth(2024, 1), new YearMonth(2024, 2), new YearMonth(2024, 3)];
        var nonEmpty = 0;
        foreach (var box in boxes)
        {
            foreach (var month in asked)
            {
                foreach (var limit in new[] { 1000, 7 })
                {
                    var expected = SamplePhotos.ExpectedFootprints(photos, box, month, limit);
                    var found = await store.Photos.FindFootprintsAsync(box, month, limit);
                    Assert.True(expected.SequenceEqual(found.Select(f => f.Sha256)), $"box {box}, month {month?.ToString() ?? "any"}, limit {limit}: expected {expected.Count} footprints, the store found {found.Count}");
                    nonEmpty += expected.Count > 0 ? 1 : 0;
                    foreach (var f in found)
                    {
                        var p = photos.Single(p => p.Sha256 == f.Sha256);
                        Assert.Equal((p.Month, p.CapturedAt), (f.Month, f.CapturedAt));
                        GeometryAssert.EqualWithin(p.Footprint.AsText(), f.Footprint, 1e-12);
                    }
                }
            }
        }

        // The boxes are not mostly empty: over a third of the questions have answers.
        var questions = boxes.Count * asked.Length * 2;
        Assert.True(nonEmpty * 3 > questions, $"only {nonEmpty} of {questions} questions found footprints");
    }

    private static PhotoRecord Record(int n, int matches = 1, int corrections = 0, double lon = 119.8455, YearMonth? month = null)
    {
        var photo = SamplePhotos.Photo(n, lon: lon, month: month);
        var m = Enumerable.Range(0, matches).Select(i => new PhotoParcelMatch(photo.Sha256, $"P{matches - i}", 0.1 * (i + 1), 0.05 * (i + 1))).ToList();
        var c = Enumerable.Range(0, corrections)
            .Select(i => new PhotoCorrectionRecord(
                photo.Sha256, i == 0 ? "similarity" : "homography", [1, 0, i, 0, 1, 0, 0, 0, 1], 31.7, 119.8, "[]", 0.1 * i, 0.2 * i, new DateTimeOffset(2024, 1, 1 + i, 0, 0, 0, TimeSpan.Zero)))
            .ToList();
        return new PhotoRecord(photo, m, c);
    }

    private static void AssertSamePhoto(StoredPhoto expected, StoredPhoto read)
    {
        GeometryAssert.EqualWithin(expected.Footprint.AsText(), read.Footprint, 1e-12);
        Assert.Equal(expected with { Footprint = read.Footprint, Warnings = read.Warnings }, read);
        Assert.Equal(expected.Warnings, read.Warnings);
    }
}
