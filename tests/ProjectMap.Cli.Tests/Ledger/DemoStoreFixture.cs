using ProjectMap.Testing;

namespace ProjectMap.Cli.Tests.Ledger;

/// <summary>Builds the sample district once with <c>projectmap demo</c> (in-process) for the ledger CLI tests.</summary>
public sealed class DemoStoreFixture : IAsyncLifetime
{
    private readonly TempDirectory _dir = new();

    public string Directory => _dir.Path;

    public string Db => _dir.Combine("projectmap.gpkg");

    public string DemoOutput { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        var (code, output, error) = await CliRunner.RunAsync("demo", "--out", Directory, "--sample", RepositoryRoot.Combine("sample-imagery"));
        DemoOutput = output;
        Assert.True(code == 0, $"demo failed ({code}): {error}");
    }

    public Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _dir.Dispose();
        return Task.CompletedTask;
    }
}
