using CsCheck;
using NetTopologySuite.Geometries;
using ProjectMap.Application.Storage;
using ProjectMap.Application.Storage.Copy;
using ProjectMap.Domain.Projects;

namespace ProjectMap.Storage.Contract.Tests.Projects;

/// <summary>
/// The behaviour every store's <see cref="IProjectRepository"/> must show. Each store's test project derives a class
/// from this one; every test gets a fresh store from <see cref="StoreContract.CreateStoreAsync"/>.
/// Projects are compared through their canonical form (<see cref="CanonicalProject"/>), which covers every field
/// and the parcel's exact coordinates.
/// </summary>
public abstract class ProjectRepositoryContract : StoreContract
{
    [Fact]
    public async Task ListAsync_NewStore_ReturnsNoProjects()
    {
        await using var store = await CreateStoreAsync();

        Assert.Empty(await store.Projects.ListAsync());
    }

    [Fact]
    public async Task AddAsync_ProjectWithEveryField_FindReturnsItUnchanged()
    {
        await using var store = await CreateStoreAsync();
        var project = ContractProjects.Full();

        await store.Projects.AddAsync([project]);
        var found = await store.Projects.FindAsync(project.Code);

        Assert.NotNull(found);
        AssertSame(project, found);
        Assert.Equal(4490, found.Parcel.SRID);
        Assert.Equal(50000.25m, found.PlannedInvestmentWan);
    }

    [Fact]
    public async Task AddAsync_OptionalFieldsMissing_FindReturnsThemMissing()
    {
        await using var store = await CreateStoreAsync();
        var project = ContractProjects.Minimal("P-1");

        await store.Projects.AddAsync([project]);
        var found = await store.Projects.FindAsync(project.Code);

        Assert.NotNull(found);
        AssertSame(project, found);
        Assert.Null(found.NameEn);
        Assert.Null(found.StartDate);
        Assert.Null(found.DeclaredLandAreaMu);
        Assert.Null(found.PhotovoltaicKwp);
        Assert.Empty(found.Buildings);
        Assert.Equal(string.Empty, found.Park);
    }

    [Fact]
    public async Task AddAsync_EmptyParcel_FindReturnsEmptyMultiPolygon()
    {
        await using var store = await CreateStoreAsync();
        var project = ContractProjects.Minimal("ROOF-PV") with { Parcel = ContractProjects.Parcel("MULTIPOLYGON EMPTY") };

        await store.Projects.AddAsync([project]);
        var found = await store.Projects.FindAsync(project.Code);

        Assert.NotNull(found);
        Assert.True(found.Parcel.IsEmpty);
        Assert.Equal("MULTIPOLYGON EMPTY", found.Parcel.AsText());
        AssertSame(project, found);
    }

    [Fact]
    public async Task AddAsync_MultiPartParcelWithHole_CoordinatesRoundTripExactly()
    {
        await using var store = await CreateStoreAsync();
        var project = ContractProjects.Full();

        await store.Projects.AddAsync([project]);
        var found = await store.Projects.FindAsync(project.Code);

        Assert.NotNull(found);
        var expected = (Geometry)project.Parcel.Copy();
        var actual = (Geometry)found.Parcel.Copy();
        expected.Normalize();
        actual.Normalize();
        Assert.Equal(expected.AsText(), actual.AsText());
        Assert.Equal(2, found.Parcel.NumGeometries);
        Assert.Equal(1, found.Parcel.Geometries.Cast<Polygon>().Sum(p => p.NumInteriorRings));
    }

    [Fact]
    public async Task ListAsync_CodesInMixedCaseAndDigits_OrderedOrdinally()
    {
        await using var store = await CreateStoreAsync();
        string[] codes = ["b-1", "A-2", "a-1", "B_3", "10", "9", "A-10", "a_1"];

        await store.Projects.AddAsync(codes.Select((c, i) => ContractProjects.Minimal(c, 119.9 + (i * 0.01))).ToList());
        var listed = (await store.Projects.ListAsync()).Select(p => p.Code.Value).ToList();

        Assert.Equal(codes.Order(StringComparer.Ordinal).ToList(), listed);
    }

    [Fact]
    public async Task FindAsync_UnknownCode_ReturnsNull()
    {
        await using var store = await CreateStoreAsync();
        await store.Projects.AddAsync([ContractProjects.Minimal("WJ-1")]);

        Assert.Null(await store.Projects.FindAsync(ProjectCode.Parse("WJ-2")));
    }

    [Fact]
    public async Task AddAsync_CodesDifferingOnlyInCase_BothStoredAndFoundSeparately()
    {
        await using var store = await CreateStoreAsync();

        await store.Projects.AddAsync([ContractProjects.Minimal("wj-1", 119.90), ContractProjects.Minimal("WJ-1", 119.95)]);

        Assert.Equal(2, (await store.Projects.ListAsync()).Count);
        Assert.Equal("项目wj-1", (await store.Projects.FindAsync(ProjectCode.Parse("wj-1")))?.NameZh);
        Assert.Equal("项目WJ-1", (await store.Projects.FindAsync(ProjectCode.Parse("WJ-1")))?.NameZh);
    }

    [Fact]
    public async Task AddAsync_CodeAlreadyStored_ThrowsDuplicateAndStoresNoneOfTheBatch()
    {
        await using var store = await CreateStoreAsync();
        await store.Projects.AddAsync([ContractProjects.Minimal("WJ-1")]);

        var e = await Assert.ThrowsAsync<DuplicateProjectException>(
            () => store.Projects.AddAsync([ContractProjects.Minimal("WJ-2"), ContractProjects.Minimal("WJ-1"), ContractProjects.Minimal("WJ-3")]));

        Assert.Equal("WJ-1", e.Code);
        Assert.Equal(["WJ-1"], (await store.Projects.ListAsync()).Select(p => p.Code.Value));
    }

    [Fact]
    public async Task AddAsync_CodeRepeatedInBatch_ThrowsDuplicateAndStoresNothing()
    {
        await using var store = await CreateStoreAsync();

        var e = await Assert.ThrowsAsync<DuplicateProjectException>(
            () => store.Projects.AddAsync([ContractProjects.Minimal("WJ-1"), ContractProjects.Minimal("WJ-2"), ContractProjects.Minimal("WJ-1")]));

        Assert.Equal("WJ-1", e.Code);
        Assert.Empty(await store.Projects.ListAsync());
    }

    [Fact]
    public async Task AddAsync_EmptyBatch_StoresNothing()
    {
        await using var store = await CreateStoreAsync();

        await store.Projects.AddAsync([]);

        Assert.Empty(await store.Projects.ListAsync());
    }

    [Fact]
    public async Task UpdateAsync_StoredProject_ReplacesEveryFieldAndMovesItInEnvelopeQueries()
    {
        await using var store = await CreateStoreAsync();
        var original = ContractProjects.Full();
        await store.Projects.AddAsync([original, ContractProjects.Minimal("OTHER", 120.10, 31.80)]);
        var changed = ContractProjects.Minimal(original.Code.Value, 119.99, 31.60) with
        {
            NameZh = "鑫奇航智能装备制造项目（二期）",
            PlannedInvestmentWan = 0.5m,
            Stage = "竣工验收",
            Buildings = [new Building("车棚", null, BuildingKind.Canopy, 540, 1)],
        };

        await store.Projects.UpdateAsync(changed);
        var found = await store.Projects.FindAsync(original.Code);

        Assert.NotNull(found);
        AssertSame(changed, found);
        Assert.Null(found.NameEn);
        Assert.Empty(await store.Projects.FindInEnvelopeAsync(original.Parcel.EnvelopeInternal));
        Assert.Equal([original.Code.Value], (await store.Projects.FindInEnvelopeAsync(changed.Parcel.EnvelopeInternal)).Select(p => p.Code.Value));
        Assert.Equal(2, (await store.Projects.ListAsync()).Count);
    }

    [Fact]
    public async Task UpdateAsync_UnknownCode_ThrowsNotFoundAndStoresNothing()
    {
        await using var store = await CreateStoreAsync();
        await store.Projects.AddAsync([ContractProjects.Minimal("WJ-1")]);

        var e = await Assert.ThrowsAsync<ProjectNotFoundException>(() => store.Projects.UpdateAsync(ContractProjects.Minimal("WJ-9")));

        Assert.Equal("WJ-9", e.Code);
        Assert.Equal(["WJ-1"], (await store.Projects.ListAsync()).Select(p => p.Code.Value));
    }

    [Fact]
    public async Task FindInEnvelopeAsync_Viewport_ReturnsProjectsWhoseParcelEnvelopeIntersectsOrderedByCode()
    {
        await using var store = await CreateStoreAsync();
        await store.Projects.AddAsync(
        [
            ContractProjects.Minimal("Z-INSIDE", 119.951, 31.701, 0.002),
            ContractProjects.Minimal("A-OVERLAPS", 119.958, 31.708, 0.004),
            ContractProjects.Minimal("M-OUTSIDE", 119.971, 31.701, 0.002),
            ContractProjects.Minimal("B-FAR", 120.5, 32.5, 0.002),
            ContractProjects.Minimal("C-EMPTY") with { Parcel = ContractProjects.Parcel("MULTIPOLYGON EMPTY") },

            // A thin triangle whose bounding box covers the viewport's corner while the triangle itself does not.
            ContractProjects.Minimal("D-BOX-ONLY") with
            {
                Parcel = ContractProjects.Parcel("POLYGON ((119.940 31.690, 119.9535 31.690, 119.940 31.7035, 119.940 31.690))"),
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
            [ContractProjects.Minimal("EDGE") with { Parcel = ContractProjects.Parcel("POLYGON ((119.95 31.70, 119.96 31.70, 119.96 31.71, 119.95 31.71, 119.95 31.70))") }]);

        var found = await store.Projects.FindInEnvelopeAsync(new Envelope(119.96, 119.97, 31.71, 31.72));

        Assert.Equal(["EDGE"], found.Select(p => p.Code.Value));
    }

    [Fact]
    public async Task FindInEnvelopeAsync_EnvelopeInsideOneParcel_ReturnsThatParcel()
    {
        await using var store = await CreateStoreAsync();
        await store.Projects.AddAsync([ContractProjects.Minimal("BIG", 119.90, 31.65, 0.1), ContractProjects.Minimal("SMALL", 119.80, 31.60)]);

        var found = await store.Projects.FindInEnvelopeAsync(new Envelope(119.95, 119.951, 31.70, 31.701));

        Assert.Equal(["BIG"], found.Select(p => p.Code.Value));
        AssertSame(ContractProjects.Minimal("BIG", 119.90, 31.65, 0.1), found[0]);
    }

    [Fact]
    public async Task FindInEnvelopeAsync_NullEnvelope_ReturnsNothing()
    {
        await using var store = await CreateStoreAsync();
        await store.Projects.AddAsync([ContractProjects.Minimal("WJ-1")]);

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
                        .Select(i => ContractProjects.Minimal($"W{w}-B{batch}-{i}", 119.8 + (w * 0.1) + (i * 0.01), 31.6 + (batch * 0.01)))
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
        var batch = Enumerable.Range(0, 20).Select(i => ContractProjects.Minimal($"SAME-{i:D2}", 119.9 + (i * 0.005))).ToList();

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
