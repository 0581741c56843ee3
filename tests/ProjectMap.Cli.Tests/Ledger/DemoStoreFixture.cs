namespace ProjectMap.Cli.Tests.Ledger;

/// <summary>Builds the sample district once with <c>projectmap demo</c> (in-process) for the ledger CLI tests.</summary>
public sealed class DemoStoreFixture : IAsyncLifetime
{
    public string Directory { get; } = System.IO.Directory.CreateTempSubdirectory("pm-ledger-cli-").FullName;

    public string Db => Path.Combine(Directory, "projectmap.gpkg");

    public string DemoOutput { get; private set; } = string.Empty;

    public static string RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "ProjectMap.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("repository root not found above " + AppContext.BaseDirectory);
        }
    }

    public async Task InitializeAsync()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CliApp.RunAsync(["demo", "--out", Directory, "--sample", Path.Combine(RepositoryRoot, "sample-imagery")], output, error);
        DemoOutput = output.ToString();
        Assert.True(code == 0, $"demo failed ({code}): {error}");
    }

    public Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        System.IO.Directory.Delete(Directory, recursive: true);
        return Task.CompletedTask;
    }

    /// <summary>Runs the CLI in-process against a copy-free store path; returns exit code, stdout and stderr.</summary>
    public static async Task<(int Code, string Out, string Err)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CliApp.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
