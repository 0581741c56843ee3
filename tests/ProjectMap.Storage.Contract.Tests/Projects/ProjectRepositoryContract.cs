using CsCheck;
using NetTopologySuite.Geometries;
using ProjectMap.Application.Storage;
using ProjectMap.Application.Storage.Copy;
using ProjectMap.Domain.Projects;
using ProjectMap.Testing;

namespace ProjectMap.Storage.Contract.Tests.Projects;

/// <summary>
/// What every store must do with projects. Derive it in each store's test project; every test gets a fresh, empty
/// store from <see cref="StoreContract.CreateStoreAsync"/>, and the concurrency tests open the same data again with
/// <see cref="StoreContract.OpenAgainAsync"/>. Exactness is checked through the canonical form
/// (<see cref="CanonicalProject"/>), which covers every field and the parcel's exact coordinates.
/// </summary>
public abstract class ProjectRepositoryContract : StoreContract
{
    [Fact]
    public async Task AddAsync_FullProject_RoundTripsEveryField()
    {
        await using var store = await CreateStoreAsync();
        var project = SampleProjects.Full();

        await store.Projects.AddAsync([project]);
        var read = await store.Projects.FindAsync(project.Code);

        Assert.NotNull(read);
        Assert.Equal(project.Code, read.Code);
        Assert.Equal(project.NameZh, read.NameZh);
        Assert.Equal(project.NameEn, read.NameEn);
        Assert.Equal(project.Park, read.Park);
        Assert.Equal(project.Location, read.Location);
        Assert.Equal(project.Industry, read.Industry);
        Assert.Equal(project.PlannedInvestmentWan, read.PlannedInvestmentWan);
        Assert.Equal(project.BuildingFloorAreaM2, read.BuildingFloorAreaM2);
        Assert.Equal(project.DeclaredLandAreaMu, read.DeclaredLandAreaMu);
        Assert.Equal(project.StartDate, read.StartDate);
        Assert.Equal(project.PlannedCompletion, read.PlannedCompletion);
        Assert.Equal(project.Stage, read.Stage);
        Assert.Equal(project.PhotovoltaicKwp, read.PhotovoltaicKwp);
        Assert.Equal(project.Buildings, read.Buildings);
        Assert.Equal(4490, read.Parcel.SRID);
        GeometryAssert.EqualWithin(project.Parcel.AsText(), read.Parcel, 1e-9);
    }

    [Fact]
    public async Task AddAsync_MinimalProject_OptionalFieldsStayEmpty()
    {
        await using var store = await CreateStoreAsync();

        await store.Projects.AddAsync([SampleProjects.Minimal("M1", 119.9, 31.7)]);
        var read = await store.Projects.FindAsync(ProjectCode.Parse("M1"));

        Assert.NotNull(read);
        Assert.Null(read.NameEn);
        Assert.Null(read.DeclaredLandAreaMu);
        Assert.Null(read.StartDate);
        Assert.Empty(read.Buildings);
        Assert.Equal(string.Empty, read.Stage);
        Assert.Equal(0m, read.PlannedInvestmentWan);
    }

    [Fact]
    public async Task ListAsync_SeveralProjects_OrderedByCodeOrdinal()
    {
        await using var store = await CreateStoreAsync();

        await store.Projects.AddAsync([SampleProjects.Minimal("b", 119.9, 31.7), SampleProjects.Minimal("A", 119.91, 31.7), SampleProjects.Minimal("a", 119.92, 31.7)]);
        var codes = (await store.Projects.ListAsync()).Select(p => p.Code.Value);

        Assert.Equal(["A", "a", "b"], codes);
    }

    [Fact]
    public async Task ListPageAsync_PagesOfTwo_VisitEveryProjectOnceInCodeOrder()
    {
        await using var store = await CreateStoreAsync();
        await store.Projects.AddAsync([.. new[] { "b", "A-2", "a", "A", "A-10" }.Select((c, i) => SampleProjects.Minimal(c, 119.9 + (i * 0.01), 31.7))]);

        var first = await store.Projects.ListPageAsync(null, 2);
        var second = await store.Projects.ListPageAsync(first[^1].Code, 2);
        var third = await store.Projects.ListPageAsync(second[^1].Code, 2);

        Assert.Equal(["A", "A-10", "A-2", "a", "b"], first.Concat(second).Concat(third).Select(p => p.Code.Value));
        Assert.Single(third);
        Assert.Equal(CanonicalProject.ToJson((await store.Projects.FindAsync(first[0].Code))!), CanonicalProject.ToJson(first[0]));
        Assert.Empty(await store.Projects.ListPageAsync(third[0].Code, 2));
    }

    [Fact]
    public async Task AddAsync_CodeAlreadyStored_ThrowsAndStoresNoneOfTheBatch()
    {
        await using var store = await CreateStoreAsync();
        await store.Projects.AddAsync([SampleProjects.Minimal("P1", 119.9, 31.7)]);

        var e = await Assert.ThrowsAsync<DuplicateProjectException>(() =>
            store.Projects.AddAsync([SampleProjects.Minimal("P2", 119.91, 31.7), SampleProjects.Minimal("P1", 119.92, 31.7)]));

        Assert.Equal("P1", e.Code);
        Assert.Equal(["P1"], (await store.Projects.ListAsync()).Select(p => p.Code.Value));
    }

    [Fact]
    public async Task AddAsync_CodeTwiceInBatch_ThrowsAndStoresNothing()
    {
        await using var store = await CreateStoreAsync();

        await Assert.ThrowsAsync<DuplicateProjectException>(() =>
            store.Projects.AddAsync([SampleProjects.Minimal("P1", 119.9, 31.7), SampleProjects.Minimal("P1", 119.92, 31.7)]));

        Assert.Empty(await store.Projects.ListAsync());
    }

    [Fact]
    public async Task FindAsync_UnknownCode_ReturnsNull()
    {
        await using var store = await CreateStoreAsync();

        Assert.Null(await store.Projects.FindAsync(ProjectCode.Parse("NOPE")));
    }

    [Fact]
    public async Task UpdateAsync_StoredProject_ReplacesFieldsAndParcel()
    {
        await using var store = await CreateStoreAsync();
        var project = SampleProjects.Full();
        await store.Projects.AddAsync([project]);
        const string moved = "MULTIPOLYGON (((119.9 31.7, 119.901 31.7, 119.901 31.701, 119.9 31.7)))";

        await store.Projects.UpdateAsync(project with { Stage = "竣工验收", PlannedInvestmentWan = 51000m, Parcel = SampleProjects.Parcel(moved) });
        var read = await store.Projects.FindAsync(project.Code);

        Assert.Equal("竣工验收", read!.Stage);
        Assert.Equal(51000m, read.PlannedInvestmentWan);
        GeometryAssert.EqualWithin(moved, read.Parcel, 1e-9);
        Assert.Single(await store.Projects.FindInEnvelopeAsync(new Envelope(119.8995, 119.9005, 31.6995, 31.7005)));
    }

    [Fact]
    public async Task UpdateAsync_UnknownCode_ThrowsProjectNotFound()
    {
        await using var store = await CreateStoreAsync();

        await Assert.ThrowsAsync<ProjectNotFoundException>(() => store.Projects.UpdateAsync(SampleProjects.Minimal("X", 119.9, 31.7)));
    }

    [Fact]
    public async Task FindInEnvelopeAsync_Viewport_ReturnsOnlyIntersectingParcels()
    {
        await using var store = await CreateStoreAsync();
        await store.Projects.AddAsync([
            SampleProjects.Minimal("IN", 119.90, 31.70),
            SampleProjects.Minimal("EDGE", 119.9095, 31.70),
            SampleProjects.Minimal("OUT", 119.95, 31.75),
        ]);

        var found = await store.Projects.FindInEnvelopeAsync(new Envelope(119.899, 119.9096, 31.699, 31.702));

        Assert.Equal(["EDGE", "IN"], found.Select(p => p.Code.Value));
    }

    [Fact]
    public async Task ListAsync_NewStore_ReturnsNoProjects()
    {
        await using var store = await CreateStoreAsync();

        Assert.Empty(await store.Projects.ListAsync());
    }

    [Fact]
    public async Task AddAsync_EmptyParcel_FindReturnsEmptyMultiPolygon()
    {
        await using var store = await CreateStoreAsync();
        var project = SampleProjects.Minimal("ROOF-PV", 119.95, 31.70) with { Parcel = SampleProjects.Parcel("MULTIPOLYGON EMPTY") };

        await store.Projects.AddAsync([project]);
        var found = await store.Projects.FindAsync(project.Code);

        Assert.NotNull(found);
        Assert.True(found.Parcel.IsEmpty);
        Assert.Equal("MULTIPOLYGON EMPTY", found.Parcel.AsText());
        AssertSame(project, found);
    }

    [Fact]
    public async Task AddAsync_AwkwardTextsNumbersAndMultiPartParcelWithHole_RoundTripExactly()
    {
        await using var store = await CreateStoreAsync();
        var project = SampleProjects.Awkward();

        await store.Projects.AddAsync([project]);
        var found = await store.Projects.FindAsync(project.Code);

        Assert.NotNull(found);
        AssertSame(project, found);
        Assert.Equal(project.NameEn, found.NameEn);
        Assert.Equal(project.Location, found.Location);
        Assert.Equal(2, found.Parcel.NumGeometries);
        Assert.Equal(1, found.Parcel.Geometries.Cast<Polygon>().Sum(p => p.NumInteriorRings));
    }

    [Fact]
    public async Task FindInEnvelopeAsync_ViewportOneCentimetreAwayFromTheParcel_ExcludesIt()
    {
        await using var store = await CreateStoreAsync();
        await store.Projects.AddAsync([SampleProjects.Minimal("NEAR", 119.95, 31.70, 0.01)]);

        // 1e-7 degrees is about 1 cm: closer than a float32 box can tell apart at 120°E, so the test must be exact.
        var east = await store.Projects.FindInEnvelopeAsync(new Envelope(119.9600001, 119.97, 31.70, 31.71));
        var north = await store.Projects.FindInEnvelopeAsync(new Envelope(119.95, 119.96, 31.7100001, 31.72));

        Assert.Empty(east);
        Assert.Empty(north);
    }

    [Fact]
    public async Task AddAsync_CodesDifferingOnlyInCase_BothStoredAndFoundSeparately()
    {
        await using var store = await CreateStoreAsync();

        await store.Projects.AddAsync([SampleProjects.Minimal("wj-1", 119.90, 31.70), SampleProjects.Minimal("WJ-1", 119.95, 31.70)]);

        Assert.Equal(2, (await store.Projects.ListAsync()).Count);
        Assert.Equal("项目wj-1", (await store.Projects.FindAsync(ProjectCode.Parse("wj-1")))?.NameZh);
        Assert.Equal("项目WJ-1", (await store.Projects.FindAsync(ProjectCode.Parse("WJ-1")))?.NameZh);
    }

    [Fact]
    public async Task AddAsync_EmptyBatch_StoresNothing()
    {
        await using var store = await CreateStoreAsync();

        await store.Projects.AddAsync([]);

        Assert.Empty(await store.Projects.ListAsync());
    }

    [Fact]
    public async Task FindInEnvelopeAsync_Viewport_ReturnsProjectsWhoseParcelEnvelopeIntersectsOrderedByCode()
    {
        await using var store = await CreateStoreAsync();
        await store.Projects.AddAsync(
        [
            SampleProjects.Minimal("Z-INSIDE", 119.951, 31.701, 0.002),
            SampleProjects.Minimal("A-OVERLAPS", 119.958, 31.708, 0.004),
            SampleProjects.Minimal("M-OUTSIDE", 119.971, 31.701, 0.002),
            SampleProjects.Minimal("B-FAR", 120.5, 32.5, 0.002),
            SampleProjects.Minimal("C-EMPTY", 119.95, 31.70) with { Parcel = SampleProjects.Parcel("MULTIPOLYGON EMPTY") },

            // A thin triangle whose bounding box covers the viewport's corner while the triangle itself does not.
            SampleProjects.Minimal("D-BOX-ONLY", 119.94, 31.69) with
            {
                Parcel = SampleProjects.Parcel("POLYGON ((119.940 31.690, 119.9535 31.690, 119.940 31.7035, 119.940 31.690))"),
            },
        ]);
        var viewport = new Envelope(119.950, 119.960, 31.700, 31.710);

        var found = (await store.Projects.FindInEnvelopeAsync(viewport)).Select(p => p.Code.Value).ToList();

        Assert.Equal(["A-OVERLAPS", "D-BOX-ONLY", "Z-INSIDE"], found);
    }

    [Fact]
    public async Task FindInEnvelopeAsync_EnvelopeTouchingParcelEdge_IncludesIt()
    {
        await using var store = await CreateStoreAsync();
        await store.Projects.AddAsync(
            [SampleProjects.Minimal("EDGE", 119.95, 31.70) with { Parcel = SampleProjects.Parcel("POLYGON ((119.95 31.70, 119.96 31.70, 119.96 31.71, 119.95 31.71, 119.95 31.70))") }]);

        var found = await store.Projects.FindInEnvelopeAsync(new Envelope(119.96, 119.97, 31.71, 31.72));

        Assert.Equal(["EDGE"], found.Select(p => p.Code.Value));
    }

    [Fact]
    public async Task FindInEnvelopeAsync_EnvelopeInsideOneParcel_ReturnsThatParcel()
    {
        await using var store = await CreateStoreAsync();
        await store.Projects.AddAsync([SampleProjects.Minimal("BIG", 119.90, 31.65, 0.1), SampleProjects.Minimal("SMALL", 119.80, 31.60)]);

        var found = await store.Projects.FindInEnvelopeAsync(new Envelope(119.95, 119.951, 31.70, 31.701));

        Assert.Equal(["BIG"], found.Select(p => p.Code.Value));
        AssertSame(SampleProjects.Minimal("BIG", 119.90, 31.65, 0.1), found[0]);
    }

    [Fact]
    public async Task FindInEnvelopeAsync_NullEnvelope_ReturnsNothing()
    {
        await using var store = await CreateStoreAsync();
        await store.Projects.AddAsync([SampleProjects.Minimal("WJ-1", 119.95, 31.70)]);

        Assert.Empty(await store.Projects.FindInEnvelopeAsync(new Envelope()));
    }

    [Fact]
    public async Task AddAsync_ConcurrentWritersThroughSeparateStores_StoreEveryProjectOnce()
    {
        await using var first = await CreateStoreAsync();
        var writers = new List<IProjectMapStore> { first };
        for (var i = 1; i < 4; i++)
        {
            writers.Add(await OpenAgainAsync(first));
        }

        try
        {
            await Task.WhenAll(writers.Select((store, w) => Task.Run(async () =>
            {
                for (var batch = 0; batch < 8; batch++)
                {
                    var projects = Enumerable.Range(0, 5)
                        .Select(i => SampleProjects.Minimal($"W{w}-B{batch}-{i}", 119.8 + (w * 0.1) + (i * 0.01), 31.6 + (batch * 0.01)))
                        .ToList();
                    await store.Projects.AddAsync(projects);
                }
            })));

            var listed = (await first.Projects.ListAsync()).Select(p => p.Code.Value).ToList();
            Assert.Equal(4 * 8 * 5, listed.Count);
            Assert.Equal(listed.Count, listed.Distinct(StringComparer.Ordinal).Count());
        }
        finally
        {
            foreach (var extra in writers.Skip(1))
            {
                await extra.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task AddAsync_TwoWritersAddTheSameCodesAtOnce_ExactlyOneSucceedsAndTheOtherGetsDuplicate()
    {
        await using var first = await CreateStoreAsync();
        await using var second = await OpenAgainAsync(first);
        var batch = Enumerable.Range(0, 20).Select(i => SampleProjects.Minimal($"SAME-{i:D2}", 119.9 + (i * 0.005), 31.70)).ToList();

        var outcomes = await Task.WhenAll(new[] { first, second }.Select(store => Task.Run(async () =>
        {
            try
            {
                await store.Projects.AddAsync(batch);
                return "stored";
            }
            catch (DuplicateProjectException)
            {
                return "duplicate";
            }
        })));

        Assert.Equal(["duplicate", "stored"], outcomes.Order(StringComparer.Ordinal));
        Assert.Equal(batch.Select(p => p.Code.Value), (await first.Projects.ListAsync()).Select(p => p.Code.Value));
    }

    [Fact]
    public async Task AddAsync_RandomProjects_FindReturnsTheSameCanonicalForm()
    {
        await using var store = await CreateStoreAsync();
        var counter = 0;

        await RandomProjects.Any.SampleAsync(
            async project =>
            {
                var numbered = project with { Code = ProjectCode.Parse($"R-{Interlocked.Increment(ref counter):D5}") };
                await store.Projects.AddAsync([numbered]);
                var found = await store.Projects.FindAsync(numbered.Code);
                Assert.NotNull(found);
                AssertSame(numbered, found);
            },
            iter: 60,
            threads: 1);
    }

    /// <summary>Asserts two projects have the same canonical form (every field, exact parcel coordinates), showing both on failure.</summary>
    protected static void AssertSame(Project expected, Project actual)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        Assert.Equal(CanonicalProject.ToJson(expected), CanonicalProject.ToJson(actual));
    }
}
