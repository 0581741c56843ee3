using System.Diagnostics;
using System.Runtime.InteropServices;
using ProjectMap.Testing;

namespace ProjectMap.Web.Tests.Cli;

/// <summary>The real <c>projectmap serve</c> process: listens on loopback, answers, stops cleanly on SIGTERM; bad settings fail in one line.</summary>
public sealed class ServeCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    private static ProcessStartInfo Projectmap(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "projectmap.dll"));
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        return start;
    }

    [Fact]
    public async Task Serve_RealProcess_AnswersOnLoopbackAndStopsOnSigterm()
    {
        var db = _dir.Combine("serve.gpkg");
        using (var init = Process.Start(Projectmap(_dir.Path, "init", "--db", db))!)
        {
            await init.WaitForExitAsync();
            Assert.Equal(0, init.ExitCode);
        }

        using var serve = Process.Start(Projectmap(_dir.Path, "serve", "--db", db, "--urls", "http://127.0.0.1:0"))!;
        var errors = serve.StandardError.ReadToEndAsync();
        var line = await serve.StandardOutput.ReadLineAsync();
        Assert.NotNull(line);
        Assert.StartsWith("ProjectMap viewer on http://127.0.0.1:", line, StringComparison.Ordinal);
        var url = line["ProjectMap viewer on ".Length..].Split('/', 4)[..3];
        using var http = new HttpClient();
        var health = await http.GetStringAsync(string.Join('/', url) + "/healthz");
        var projects = await http.GetAsync(string.Join('/', url) + "/api/projects");

        Assert.Equal("ok", health);
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, projects.StatusCode);
        Assert.Equal(0, Kill(serve.Id, 15));
        await serve.WaitForExitAsync();
        Assert.Equal(0, serve.ExitCode);
        Assert.Contains("no users yet", await errors, StringComparison.Ordinal);
        Assert.Contains("viewer stopped", await serve.StandardOutput.ReadToEndAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_TiandituWithoutKey_FailsInOneLine()
    {
        var db = _dir.Combine("serve2.gpkg");
        using (var init = Process.Start(Projectmap(_dir.Path, "init", "--db", db))!)
        {
            await init.WaitForExitAsync();
        }

        using var serve = Process.Start(Projectmap(_dir.Path, "serve", "--db", db, "--urls", "http://127.0.0.1:0", "--basemap", "tianditu-img"))!;
        var error = await serve.StandardError.ReadToEndAsync();
        await serve.WaitForExitAsync();

        Assert.Equal(1, serve.ExitCode);
        Assert.Equal("projectmap: basemap 'tianditu-img': Tianditu needs its key (tk); give --tianditu-key or \"key\" in the settings file", error.Trim());
    }

    [Fact]
    public async Task DemoServe_RealProcess_LeaderLogsInWithTheDocumentedPassword()
    {
        using var demo = Process.Start(Projectmap(_dir.Path, "demo", "--out", _dir.Combine("demo"), "--sample", RepositoryRoot.Combine("sample-imagery"), "--serve", "--urls", "http://127.0.0.1:0"))!;
        var errors = demo.StandardError.ReadToEndAsync();
        string? line;
        var seen = new List<string>();
        while ((line = await demo.StandardOutput.ReadLineAsync()) is not null && !line.StartsWith("ProjectMap viewer on ", StringComparison.Ordinal))
        {
            seen.Add(line);
        }

        if (line is null)
        {
            Assert.Fail("demo --serve never said it was serving:\n" + string.Join('\n', seen) + await errors);
        }

        Assert.Contains(seen, l => l.Contains("user leader (leader), password leader-demo", StringComparison.Ordinal));
        var baseUrl = string.Join('/', line["ProjectMap viewer on ".Length..].Split('/', 4)[..3]);
        using var client = new Infrastructure.ViewerClient(baseUrl);
        var login = await client.LoginAsync("leader", "leader-demo");
        var projects = await client.Http.GetStringAsync("/api/projects");

        Assert.Equal(System.Net.HttpStatusCode.OK, login.StatusCode);
        Assert.Contains("鑫奇航智能装备制造项目", projects, StringComparison.Ordinal);
        Assert.Equal(0, Kill(demo.Id, 15));
        await demo.WaitForExitAsync();
        Assert.Equal(0, demo.ExitCode);
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _dir.Dispose();
    }
}
