namespace ProjectMap.Web.Tests.Infrastructure;

/// <summary>A class fixture: one viewer with default options (every page and API needs a login).</summary>
public sealed class DefaultServer : IAsyncLifetime
{
    /// <summary>The running server.</summary>
    public ViewerServerFixture Server { get; private set; } = null!;

    /// <inheritdoc />
    public async Task InitializeAsync() => Server = await ViewerServerFixture.StartAsync();

    /// <inheritdoc />
    public async Task DisposeAsync() => await Server.DisposeAsync();
}
