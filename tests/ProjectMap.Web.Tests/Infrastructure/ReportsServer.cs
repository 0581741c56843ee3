using ProjectMap.Cli.Commands;

namespace ProjectMap.Web.Tests.Infrastructure;

/// <summary>A class fixture: a viewer that offers the monthly report download, written as <c>projectmap serve</c> writes it.</summary>
public sealed class ReportsServer : IAsyncLifetime
{
    /// <summary>The running server.</summary>
    public ViewerServerFixture Server { get; private set; } = null!;

    /// <inheritdoc />
    public async Task InitializeAsync() =>
        Server = await ViewerServerFixture.StartAsync(new ViewerOptions { MonthlyReports = new ServeMonthlyReports(null, "武进区", "武进区重点项目建设推进办公室") });

    /// <inheritdoc />
    public async Task DisposeAsync() => await Server.DisposeAsync();
}
