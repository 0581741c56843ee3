using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace ProjectMap.Testing;

/// <summary>
/// A private PostgreSQL 15 server for tests, used as an xunit collection fixture: initdb into a temporary folder
/// (owned by the <c>postgres</c> system user when the tests run as root, since initdb refuses root), trust
/// authentication for user <c>postgres</c>, listening only on 127.0.0.1 at a free port with its Unix socket in the
/// same folder, durability switched off for speed; a template database with PostGIS from which each test gets a
/// fresh database. Stopped and deleted on dispose. When the server programs or PostGIS are missing, starting FAILS
/// with a message saying what to install: tests that need it are never silently skipped. SQL goes through the
/// server's own psql, so this helper needs no database driver.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    /// <summary>Where Debian's postgresql-15 package puts the server programs; PROJECTMAP_PG_BIN overrides it.</summary>
    public const string DefaultBinDirectory = "/usr/lib/postgresql/15/bin";

    private const string TemplateDatabase = "pm_template_postgis";
    private const string InstallHint = "install postgresql-15 and postgresql-15-postgis-3 (./test.sh does it through scripts/setup.sh test, as root)";

    private string _root = string.Empty;
    private string _bin = string.Empty;
    private bool _runAsPostgres;
    private int _databases;

    /// <summary>The host the server listens on.</summary>
    public string Host => "127.0.0.1";

    /// <summary>The TCP port the server listens on.</summary>
    public int Port { get; private set; }

    /// <summary>A URL for database <paramref name="database"/> on this server, as <c>--db</c> takes it.</summary>
    public string UrlFor(string database) => string.Create(CultureInfo.InvariantCulture, $"postgresql://postgres@{Host}:{Port}/{database}");

    /// <summary>An Npgsql/ADO.NET connection string for database <paramref name="database"/>, without pooling.</summary>
    public string ConnectionStringFor(string database) =>
        string.Create(CultureInfo.InvariantCulture, $"Host={Host};Port={Port};Username=postgres;Database={database};Pooling=false");

    /// <summary>The database name at the end of a URL this server made.</summary>
    public static string DatabaseOf(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return url[(url.LastIndexOf('/') + 1)..];
    }

    /// <summary>A database name that does not exist yet on this server.</summary>
    public string NewDatabaseName(string prefix = "t") =>
        string.Create(CultureInfo.InvariantCulture, $"pm_{prefix}_{Interlocked.Increment(ref _databases)}");

    /// <summary>Creates a new database with PostGIS installed and no ProjectMap schema, and returns its URL.</summary>
    public async Task<string> CreateDatabaseAsync(string prefix = "t")
    {
        var name = NewDatabaseName(prefix);
        await ExecuteAsync("postgres", $"CREATE DATABASE {name} TEMPLATE {TemplateDatabase} STRATEGY FILE_COPY");
        return UrlFor(name);
    }

    /// <summary>Runs SQL in a database (stopping at the first error) and returns psql's unaligned, tuples-only output, trimmed.</summary>
    public async Task<string> QueryAsync(string database, string sql)
    {
        var args = new[] { "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-h", Host, "-p", Port.ToString(CultureInfo.InvariantCulture), "-U", "postgres", "-d", database, "-c", sql };
        return (await RunAsync(Path.Combine(_bin, "psql"), args, asPostgres: false)).Trim();
    }

    /// <summary>Runs SQL statements in a database, stopping at the first error.</summary>
    public Task ExecuteAsync(string database, string sql) => QueryAsync(database, sql);

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        _bin = Environment.GetEnvironmentVariable("PROJECTMAP_PG_BIN") is { Length: > 0 } b ? b : DefaultBinDirectory;
        foreach (var tool in new[] { "initdb", "pg_ctl", "postgres", "pg_config", "psql" })
        {
            if (!File.Exists(Path.Combine(_bin, tool)))
            {
                throw new InvalidOperationException($"PostgreSQL program {Path.Combine(_bin, tool)} not found; {InstallHint}. These tests need a real server.");
            }
        }

        var share = (await RunAsync(Path.Combine(_bin, "pg_config"), ["--sharedir"], asPostgres: false)).Trim();
        var control = Path.Combine(share, "extension", "postgis.control");
        if (!File.Exists(control))
        {
            throw new InvalidOperationException($"PostGIS is not installed for this PostgreSQL ({control} missing); {InstallHint}.");
        }

        _runAsPostgres = Environment.UserName == "root";
        _root = Directory.CreateTempSubdirectory("pm-pg-").FullName;
        if (_runAsPostgres)
        {
            await RunAsync("chown", ["postgres:postgres", _root], asPostgres: false);
        }

        var data = Path.Combine(_root, "data");
        var log = Path.Combine(_root, "server.log");
        await RunAsync(Path.Combine(_bin, "initdb"), ["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"], _runAsPostgres);
        // A free port can be taken by someone else between our probe and the server's bind: try a few.
        for (var attempt = 1; ; attempt++)
        {
            Port = FreePort();
            var options = string.Create(
                CultureInfo.InvariantCulture,
                $"-c listen_addresses=127.0.0.1 -p {Port} -k {_root} -c fsync=off -c full_page_writes=off -c synchronous_commit=off -c max_connections=200");
            try
            {
                await RunAsync(Path.Combine(_bin, "pg_ctl"), ["-D", data, "-l", log, "-o", options, "-w", "-t", "60", "start"], _runAsPostgres);
                break;
            }
            catch (InvalidOperationException) when (attempt < 3)
            {
                // Most likely the port was taken meanwhile: the loop tries another one.
            }
            catch (InvalidOperationException e)
            {
                Port = 0;
                var text = File.Exists(log) ? await File.ReadAllTextAsync(log) : "(no server log)";
                throw new InvalidOperationException($"{e.Message}\nserver log:\n{text}", e);
            }
        }

        await ExecuteAsync("postgres", $"CREATE DATABASE {TemplateDatabase}");
        await ExecuteAsync(TemplateDatabase, "CREATE EXTENSION postgis");
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_root.Length == 0)
        {
            return;
        }

        try
        {
            if (Port != 0)
            {
                await RunAsync(Path.Combine(_bin, "pg_ctl"), ["-D", Path.Combine(_root, "data"), "-m", "immediate", "-w", "stop"], _runAsPostgres);
            }
        }
        finally
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task<string> RunAsync(string program, string[] arguments, bool asPostgres)
    {
        var start = new ProcessStartInfo(asPostgres ? "runuser" : program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        if (asPostgres)
        {
            foreach (var a in new[] { "-u", "postgres", "--", program })
            {
                start.ArgumentList.Add(a);
            }
        }

        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {program}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(program)} {string.Join(' ', arguments)} failed with exit code {process.ExitCode}: {(await stderr).Trim()} {(await stdout).Trim()}");
        }

        return await stdout;
    }
}
