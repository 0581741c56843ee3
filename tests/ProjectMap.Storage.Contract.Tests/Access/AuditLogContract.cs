using ProjectMap.Application.Storage;
using ProjectMap.Domain.Access;

namespace ProjectMap.Storage.Contract.Tests.Access;

/// <summary>What every store must do with the audit log. Derive it in each store's test project; a fresh, empty store per call.</summary>
public abstract class AuditLogContract : StoreContract
{
    private static AuditEntry Entry(string? user, string action, string target, AuditOutcome outcome, int minute) =>
        new(0, new DateTimeOffset(2024, 3, 1, 8, minute, 0, TimeSpan.Zero), user, action, target, outcome, "{\"stage\":\"开工\"}", "127.0.0.1");

    [Fact]
    public async Task AppendAsync_Entry_AssignsIncreasingIdsAndRoundTripsEveryField()
    {
        await using var store = await CreateStoreAsync();

        var first = await store.Audit.AppendAsync(Entry("o1", "project.stage", "P1", AuditOutcome.Done, 1));
        var second = await store.Audit.AppendAsync(Entry(null, "login", "ghost", AuditOutcome.Refused, 2));
        var read = await store.Audit.ListAsync(new AuditQuery());

        Assert.True(second.Id > first.Id);
        Assert.Equal([second, first], read);
        Assert.Null(read[0].User);
        Assert.Equal("{\"stage\":\"开工\"}", read[1].Detail);
    }

    [Fact]
    public async Task ListAsync_LimitAndBeforeId_PagesNewestFirst()
    {
        await using var store = await CreateStoreAsync();
        var ids = new List<long>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add((await store.Audit.AppendAsync(Entry("a", "user.add", "u" + i, AuditOutcome.Done, i))).Id);
        }

        var page1 = await store.Audit.ListAsync(new AuditQuery(Limit: 2));
        var page2 = await store.Audit.ListAsync(new AuditQuery(Limit: 2, BeforeId: page1[^1].Id));

        Assert.Equal([ids[4], ids[3]], page1.Select(e => e.Id));
        Assert.Equal([ids[2], ids[1]], page2.Select(e => e.Id));
    }

    [Fact]
    public async Task ListAsync_ByUserAndTarget_FiltersExactly()
    {
        await using var store = await CreateStoreAsync();
        await store.Audit.AppendAsync(Entry("o1", "project.stage", "P1", AuditOutcome.Done, 1));
        await store.Audit.AppendAsync(Entry("o1", "project.stage", "P2", AuditOutcome.Refused, 2));
        await store.Audit.AppendAsync(Entry("o2", "project.stage", "P1", AuditOutcome.Failed, 3));

        var byUser = await store.Audit.ListAsync(new AuditQuery(User: "o1"));
        var byTarget = await store.Audit.ListAsync(new AuditQuery(Target: "P1"));

        Assert.Equal(["P2", "P1"], byUser.Select(e => e.Target));
        Assert.Equal([AuditOutcome.Failed, AuditOutcome.Done], byTarget.Select(e => e.Outcome));
    }
}
