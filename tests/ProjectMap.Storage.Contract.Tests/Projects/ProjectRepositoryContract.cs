using NetTopologySuite.Geometries;
using ProjectMap.Application.Storage;
using ProjectMap.Domain.Projects;
using ProjectMap.Testing;

namespace ProjectMap.Storage.Contract.Tests.Projects;

/// <summary>
/// What every store must do with projects. Derive it in each store's test project and create a fresh, empty store
/// per call of <see cref="CreateStoreAsync"/>.
/// </summary>
public abstract class ProjectRepositoryContract
{
    /// <summary>A new, empty, migrated store.</summary>
    protected abstract Task<IProjectMapStore> CreateStoreAsync();

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
}
