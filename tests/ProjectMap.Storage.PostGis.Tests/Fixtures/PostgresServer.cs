using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace ProjectMap.Storage.PostGis.Tests.Fixtures;

/// <summary>
/// A private PostgreSQL 15 server for the tests: initdb into a temporary folder (owned by the <c>postgres</c> user
/// when the tests run as root, since initdb refuses root), trust authentication for user <c>postgres</c>, listening
/// only on 127.0.0.1 at a free port with its socket in the same folder; a template database with PostGIS from which
/// each test gets a fresh database. Stopped and deleted on dispose. When the server binaries or PostGIS are missing,
/// starting FAILS with a message saying what to install: these tests are never silently skipped.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    /// <summary>Where Debian's postgresql-15 package puts the server programs; PROJECTMAP_PG_BIN overrides it.</summary>
    public const string DefaultBinDirectory = "/usr/lib/postgresql/15/bin";

    private const string TemplateDatabase = "pm_template_postgis";
    private const string InstallHint = "install postgresql-15 and postgresql-15-postgis-3 (scripts/setup.sh test does, as root)";

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

    /// <summary>A connection string for database <paramref name="database"/>, without pooling.</summary>
    public string ConnectionStringFor(string database) =>
        new NpgsqlConnectionStringBuilder { Host = Host, Port = Port, Username = "postgres", Database = database, Pooling = false }.ConnectionString;

    /// <summary>Creates a new database (PostGIS already installed, no ProjectMap schema) and returns its URL.</summary>
    public async Task<string> CreateDatabaseAsync(string prefix = "t")
    {
        var name = string.Create(CultureInfo.InvariantCulture, $"pm_{prefix}_{Interlocked.Increment(ref _databases)}");
        await ExecuteAsync("postgres", $"CREATE DATABASE {name} TEMPLATE {TemplateDatabase} STRATEGY FILE_COPY");
        return UrlFor(name);
    }

    /// <summary>A database name that does not exist yet on this server (the store is expected to create it).</summary>
    public string NewDatabaseName(string prefix = "n") => string.Create(CultureInfo.InvariantCulture, $"pm_{prefix}_{Interlocked.Increment(ref _databases)}");

    /// <summary>Runs SQL in a database and returns the first column of the first row (or null).</summary>
    public async Task<object?> ScalarAsync(string database, string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionStringFor(database));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        var value = await command.ExecuteScalarAsync();
        return value is DBNull ? null : value;
    }

    /// <summary>Runs SQL statements in a database.</summary>
    public async Task ExecuteAsync(string database, string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionStringFor(database));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public async Task InitializeAsync()
    {
        _bin = Environment.GetEnvironmentVariable("PROJECTMAP_PG_BIN") is { Length: > 0 } b ? b : DefaultBinDirectory;
        foreach (var tool in new[] { "initdb", "pg_ctl", "postgres", "pg_config" })
        {
            if (!File.Exists(Path.Combine(_bin, tool)))
            {
                throw new InvalidOperationException($"PostgreSQL server program {Path.Combine(_bin, tool)} not found; {InstallHint}. The PostGIS store tests need a real server.");
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
        await RunAsync(Path.Combine(_bin, "initdb"), ["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"], _runAsPostgres);
        Port = FreePort();
        var options = string.Create(
            CultureInfo.InvariantCulture,
            $"-c listen_addresses=127.0.0.1 -p {Port} -k {_root} -c fsync=off -c full_page_writes=off -c synchronous_commit=off -c max_connections=200");
        try
        {
            await RunAsync(Path.Combine(_bin, "pg_ctl"), ["-D", data, "-l", Path.Combine(_root, "server.log"), "-o", options, "-w", "-t", "60", "start"], _runAsPostgres);
        }
        catch (InvalidOperationException e)
        {
            var log = File.Exists(Path.Combine(_root, "server.log")) ? await File.ReadAllTextAsync(Path.Combine(_root, "server.log")) : "(no log)";
            throw new InvalidOperationException($"{e.Message}\nserver log:\n{log}", e);
        }

        await ExecuteAsync("postgres", $"CREATE DATABASE {TemplateDatabase}");
        await ExecuteAsync(TemplateDatabase, "CREATE EXTENSION postgis");
    }

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
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed with exit code {process.ExitCode}: {await stderr}{await stdout}");
        }

        return await stdout;
    }
}
