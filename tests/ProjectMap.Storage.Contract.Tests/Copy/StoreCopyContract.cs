using System.Security.Cryptography;
using System.Text;
using ProjectMap.Application.Storage;
using ProjectMap.Application.Storage.Copy;
using ProjectMap.Domain.Ledger;
using ProjectMap.Domain.Time;
using ProjectMap.Storage.Contract.Tests.Photos;
using static ProjectMap.Storage.Contract.Tests.Ledger.LedgerContractData;

namespace ProjectMap.Storage.Contract.Tests.Copy;

/// <summary>
/// Store copies and content checksums streamed in pages: tiny pages must give what one big page gives, the canonical
/// order (ordinal by key) must hold across pages, and a copy must arrive whole. Derive once per store kind; copies go
/// between two stores of that kind (the cross-kind directions are tested where both stores are at hand).
/// </summary>
public abstract class StoreCopyContract
{
    /// <summary>Codes that sort differently with and without the "/" that starts their ledger keys ('-' sorts before '/').</summary>
    private static readonly string[] Codes = ["A-1", "A-1-2", "A-10", "B"];

    /// <summary>A new, empty, migrated store; disposed by the test.</summary>
    protected abstract Task<IProjectMapStore> CreateStoreAsync();

    /// <summary>The concerns with pages of two items, so every page boundary is crossed.</summary>
    public static IReadOnlyList<IStoreConcern> TinyPages { get; } = [new ProjectsConcern(2), new LedgerConcern(2), new PhotosConcern(2)];

    [Fact]
    public async Task ItemsAsync_TinyPagesAndOneBigPage_SameItemsInOrdinalKeyOrderAndSameChecksum()
    {
        await using var store = await FilledStoreAsync();

        foreach (var (tiny, big) in TinyPages.Zip(StoreConcerns.All))
        {
            var items = await ItemsAsync(tiny, store);
            Assert.Equal(await ItemsAsync(big, store), items);
            Assert.Equal(items.Select(i => i.Key).Order(StringComparer.Ordinal), items.Select(i => i.Key));

            // The checksum is SHA-256 over the canonical texts, one per line, in ordinal key order.
            var expected = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Concat(items.Select(i => i.CanonicalText + "\n")))));
            var digest = await ContentDigest.ComputeAsync(tiny, store);
            Assert.Equal((tiny.Name, (long)items.Count, expected), (digest.Concern, digest.Count, digest.Sha256));
        }
    }

    [Fact]
    public async Task CopyAsync_TinyPages_EveryConcernArrivesWithEqualCountsAndChecksums()
    {
        await using var source = await FilledStoreAsync();
        await using var destination = await CreateStoreAsync();

        var report = await StoreCopier.CopyAsync(source, destination, TinyPages);

        Assert.True(report.AllEqual, string.Join("; ", report.Concerns.Select(c => $"{c.Concern}: {string.Join(", ", c.Differences)}")));
        Assert.Equal([4L, 8 + 1 + 3 + 1, 5 + 1], report.Concerns.Select(c => c.Copied));
        Assert.Equal([4L, 8 + 1 + 3 + 1 + 1, 5 + 1], report.Concerns.Select(c => c.Destination.Count));
        Assert.All(report.Concerns, c => Assert.Empty(c.Differences));
        var photo = SamplePhotos.Photo(3);
        Assert.Equal(
            (await source.Photos.CorrectionsAsync(photo.Sha256)).Select(c => c.Model),
            (await destination.Photos.CorrectionsAsync(photo.Sha256)).Select(c => c.Model));
    }

    [Fact]
    public async Task CompareAsync_DestinationWithAChangedAMissingAndAnExtraItem_NamesEachInKeyOrder()
    {
        await using var source = await FilledStoreAsync();
        await using var destination = await CreateStoreAsync();
        var photos = new PhotosConcern(2);
        var records = new List<PhotoRecord>();
        string? after = null;
        for (var page = await source.Photos.ListPageAsync(after, 100); page.Count > 0; page = await source.Photos.ListPageAsync(after, 100))
        {
            records.AddRange(page);
            after = page[^1].Photo.Sha256;
        }

        // Leave out photo 1, change photo 2's file name, add photo 9.
        await destination.Photos.ImportAsync(
        [
            .. records.Where(r => r.Photo.Sha256 != SamplePhotos.Photo(1).Sha256)
                .Select(r => r.Photo.Sha256 == SamplePhotos.Photo(2).Sha256 ? r with { Photo = r.Photo with { FileName = "renamed.jpg" } } : r),
            new PhotoRecord(SamplePhotos.Photo(9), [], []),
        ]);

        var comparison = await ContentDigest.CompareAsync(photos, source, destination, 0);

        Assert.False(comparison.Equal);
        Assert.Equal(
            [$"photo:{SamplePhotos.Photo(1).Sha256} (missing)", $"photo:{SamplePhotos.Photo(2).Sha256} (differs)", $"photo:{SamplePhotos.Photo(9).Sha256} (extra)", $"quarantine:{new string('e', 64)} (missing)"],
            comparison.Differences);
        Assert.Equal((await ContentDigest.ComputeAsync(photos, destination)).Sha256, comparison.Destination.Sha256);
        Assert.Equal((await ContentDigest.ComputeAsync(photos, source)).Sha256, comparison.Source.Sha256);
    }

    /// <summary>A store with projects whose codes test the ledger's key order, a ledger, photos with matches and corrections, and a quarantined file.</summary>
    private async Task<IProjectMapStore> FilledStoreAsync()
    {
        var store = await CreateStoreAsync();
        await store.Projects.AddAsync([.. Codes.Select((c, i) => SampleProjects.Minimal(c, 119.80 + (i * 0.01), 31.70))]);
        var a1 = Domain.Projects.ProjectCode.Parse("A-1");
        var a12 = Domain.Projects.ProjectCode.Parse("A-1-2");
        var template = await store.Ledger.GetTemplateAsync();
        var plan = MilestonePlanner.Plan(ProjectLedger.Empty(a1), template, Update(a1, "开工") with { Planned = new DateOnly(2023, 5, 1) });
        await store.Ledger.AppendAsync(new LedgerBatch(
            plan.NewMilestones,
            plan.Changes,
            [Return(a1, new YearMonth(2023, 3), 10m), Return(a12, new YearMonth(2023, 3), 20m), Return(a12, new YearMonth(2023, 4), 30.5m)],
            [new AnnualPlan
            {
                Id = Guid.NewGuid(), Code = a12, Year = 2023, PlanWan = 1000m, RecordedBy = "测试员", RecordedAt = Recorded, EffectiveAt = Recorded,
            }]));
        await store.Photos.ImportAsync([.. Enumerable.Range(1, 5).Select(n => new PhotoRecord(
            SamplePhotos.Photo(n, project: Codes[n % Codes.Length]),
            [new PhotoParcelMatch(SamplePhotos.Photo(n).Sha256, Codes[n % Codes.Length], 0.5, 0.25)],
            n == 3
                ? [new PhotoCorrectionRecord(SamplePhotos.Photo(n).Sha256, "affine", [1, 0, 0, 0, 1, 0, 0, 0, 1], 31.7, 119.8, "[]", 0.1, 0.2, new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero)),
                   new PhotoCorrectionRecord(SamplePhotos.Photo(n).Sha256, "homography", [1, 0, 0, 0, 1, 0, 0, 0, 1], 31.7, 119.8, "[]", 0.05, 0.1, new DateTimeOffset(2024, 1, 2, 0, 0, 0, TimeSpan.Zero))]
                : []))]);
        await store.Photos.QuarantineAsync(new QuarantinedFile(new string('e', 64), "bad.jpg", 10, "not a JPEG or TIFF photo", "quarantine/eee.bin", new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero)));
        return store;
    }

    private static async Task<List<ConcernItem>> ItemsAsync(IStoreConcern concern, IProjectMapStore store)
    {
        var list = new List<ConcernItem>();
        await foreach (var item in concern.ItemsAsync(store, CancellationToken.None))
        {
            list.Add(item);
        }

        return list;
    }
}
