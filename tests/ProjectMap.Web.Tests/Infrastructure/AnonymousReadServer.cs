namespace ProjectMap.Web.Tests.Infrastructure;

/// <summary>A class fixture: one viewer started with AllowAnonymousRead (a public progress board).</summary>
public sealed class AnonymousReadServer : IAsyncLifetime
{
    /// <summary>The running server.</summary>
    public ViewerServerFixture Server { get; private set; } = null!;

    /// <inheritdoc />
    public async Task InitializeAsync() => Server = await ViewerServerFixture.StartAsync(new ViewerOptions { AllowAnonymousRead = true });

    /// <inheritdoc />
    public async Task DisposeAsync() => await Server.DisposeAsync();
}
