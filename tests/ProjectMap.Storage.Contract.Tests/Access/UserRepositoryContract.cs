using ProjectMap.Application.Storage;
using ProjectMap.Domain.Access;
using ProjectMap.Domain.Projects;

namespace ProjectMap.Storage.Contract.Tests.Access;

/// <summary>What every store must do with user accounts. Derive it in each store's test project; a fresh, empty store per call.</summary>
public abstract class UserRepositoryContract : StoreContract
{
    private static UserAccount User(string name, UserRole role, params string[] projects) => new()
    {
        Name = UserName.Parse(name),
        Role = role,
        Projects = projects.Select(ProjectCode.Parse).ToList(),
        PasswordHash = "pbkdf2-sha256$1000$c2FsdA==$aGFzaA==",
        CreatedAt = new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero),
    };

    private static async Task<IProjectMapStore> StoreWithProjectsAsync(Func<Task<IProjectMapStore>> create)
    {
        var store = await create();
        await store.Projects.AddAsync([SampleProjects.Minimal("P1", 119.9, 31.7), SampleProjects.Minimal("P2", 119.91, 31.7)]);
        return store;
    }

    [Fact]
    public async Task AddAsync_Officer_RoundTripsEveryField()
    {
        await using var store = await StoreWithProjectsAsync(CreateStoreAsync);
        var user = User("zhang.san", UserRole.Officer, "P2", "P1") with { DisplayName = "张三" };

        await store.Users.AddAsync(user);
        var read = await store.Users.FindAsync(UserName.Parse("zhang.san"));

        Assert.NotNull(read);
        Assert.Equal("zhang.san", read.Name.Value);
        Assert.Equal("张三", read.DisplayName);
        Assert.Equal(UserRole.Officer, read.Role);
        Assert.Equal(["P1", "P2"], read.Projects.Select(p => p.Value));
        Assert.Equal(user.PasswordHash, read.PasswordHash);
        Assert.False(read.Disabled);
        Assert.Equal(user.CreatedAt, read.CreatedAt);
    }

    [Fact]
    public async Task FindAsync_OtherLetterCase_FindsTheUser()
    {
        await using var store = await StoreWithProjectsAsync(CreateStoreAsync);
        await store.Users.AddAsync(User("Leader1", UserRole.Leader));

        var read = await store.Users.FindAsync(UserName.Parse("LEADER1"));

        Assert.Equal("Leader1", read?.Name.Value);
    }

    [Fact]
    public async Task FindAsync_UnknownName_ReturnsNull()
    {
        await using var store = await StoreWithProjectsAsync(CreateStoreAsync);

        Assert.Null(await store.Users.FindAsync(UserName.Parse("nobody")));
    }

    [Fact]
    public async Task AddAsync_NameTakenInOtherCase_ThrowsDuplicate()
    {
        await using var store = await StoreWithProjectsAsync(CreateStoreAsync);
        await store.Users.AddAsync(User("admin", UserRole.Admin));

        var e = await Assert.ThrowsAsync<DuplicateUserException>(() => store.Users.AddAsync(User("ADMIN", UserRole.Leader)));

        Assert.Equal("ADMIN", e.Name);
        Assert.Equal(UserRole.Admin, (await store.Users.FindAsync(UserName.Parse("admin")))!.Role);
    }

    [Fact]
    public async Task AddAsync_UnknownProject_ThrowsAndStoresNothing()
    {
        await using var store = await StoreWithProjectsAsync(CreateStoreAsync);

        await Assert.ThrowsAsync<ProjectNotFoundException>(() => store.Users.AddAsync(User("o1", UserRole.Officer, "P1", "NOPE")));

        Assert.Empty(await store.Users.ListAsync());
    }

    [Fact]
    public async Task ListAsync_SeveralUsers_OrderedByCaseFoldedName()
    {
        await using var store = await StoreWithProjectsAsync(CreateStoreAsync);
        await store.Users.AddAsync(User("bob", UserRole.Leader));
        await store.Users.AddAsync(User("Alice", UserRole.Admin));
        await store.Users.AddAsync(User("carol", UserRole.Officer, "P1"));

        var users = await store.Users.ListAsync();

        Assert.Equal(["Alice", "bob", "carol"], users.Select(u => u.Name.Value));
        Assert.Equal(["P1"], users[2].Projects.Select(p => p.Value));
    }

    [Fact]
    public async Task UpdateAsync_StoredUser_ReplacesRoleProjectsHashAndDisabled()
    {
        await using var store = await StoreWithProjectsAsync(CreateStoreAsync);
        var user = User("o1", UserRole.Officer, "P1");
        await store.Users.AddAsync(user);

        await store.Users.UpdateAsync(user with { Projects = [ProjectCode.Parse("P2")], PasswordHash = "pbkdf2-sha256$1000$bmV3$bmV3", Disabled = true, DisplayName = "李四" });
        var read = await store.Users.FindAsync(user.Name);

        Assert.Equal(["P2"], read!.Projects.Select(p => p.Value));
        Assert.Equal("pbkdf2-sha256$1000$bmV3$bmV3", read.PasswordHash);
        Assert.True(read.Disabled);
        Assert.Equal("李四", read.DisplayName);
        Assert.Equal(user.CreatedAt, read.CreatedAt);
    }

    [Fact]
    public async Task UpdateAsync_UnknownProject_ThrowsAndKeepsTheOldAssignment()
    {
        await using var store = await StoreWithProjectsAsync(CreateStoreAsync);
        var user = User("o1", UserRole.Officer, "P1");
        await store.Users.AddAsync(user);

        await Assert.ThrowsAsync<ProjectNotFoundException>(() => store.Users.UpdateAsync(user with { Projects = [ProjectCode.Parse("NOPE")] }));

        Assert.Equal(["P1"], (await store.Users.FindAsync(user.Name))!.Projects.Select(p => p.Value));
    }

    [Fact]
    public async Task UpdateAsync_UnknownUser_ThrowsUserNotFound()
    {
        await using var store = await StoreWithProjectsAsync(CreateStoreAsync);

        await Assert.ThrowsAsync<UserNotFoundException>(() => store.Users.UpdateAsync(User("ghost", UserRole.Leader)));
    }
}
