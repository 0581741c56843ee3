using System.Globalization;
using Npgsql;
using ProjectMap.Application.Storage;

namespace ProjectMap.Storage.PostGis.Connection;

/// <summary>
/// A PostgreSQL connection URL as libpq writes it, <c>postgresql://user[:password]@host[:port]/database[?key=value&amp;…]</c>
/// (also <c>postgres://</c>), turned into Npgsql connection settings. User, password and database are
/// percent-decoded; the port defaults to 5432 and the user to <c>postgres</c>. Without a password in the URL, Npgsql
/// takes it from <c>PGPASSWORD</c> or the <c>~/.pgpass</c> file. Query keys may be libpq names (<c>sslmode</c>,
/// <c>connect_timeout</c>, <c>application_name</c>) or any Npgsql connection-string keyword.
/// </summary>
public sealed class PostgresUrl
{
    private static readonly Dictionary<string, string> LibpqKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        ["sslmode"] = "SSL Mode",
        ["connect_timeout"] = "Timeout",
        ["application_name"] = "Application Name",
        ["target_session_attrs"] = "Target Session Attributes",
        ["options"] = "Options",
    };

    private readonly string _connectionString;

    private PostgresUrl(NpgsqlConnectionStringBuilder settings, string redacted)
    {
        _connectionString = settings.ConnectionString;
        Redacted = redacted;
    }

    /// <summary>The URL schemes accepted, with their separator.</summary>
    public static IReadOnlyList<string> Schemes { get; } = ["postgresql://", "postgres://"];

    /// <summary>The connection settings the URL names, as a new builder the caller may change.</summary>
    public NpgsqlConnectionStringBuilder Settings => new(_connectionString);

    /// <summary>The URL with any password removed, safe for messages and logs.</summary>
    public string Redacted { get; }

    /// <summary>The database name.</summary>
    public string Database => Settings.Database ?? string.Empty;

    /// <summary>True when <paramref name="text"/> starts with <c>postgresql://</c> or <c>postgres://</c> (any case).</summary>
    public static bool IsPostgresUrl(string? text) =>
        text is not null && Schemes.Any(s => text.StartsWith(s, StringComparison.OrdinalIgnoreCase));

    /// <summary>Parses a URL; throws <see cref="StoreException"/> naming the problem when it is not a usable PostgreSQL URL.</summary>
    public static PostgresUrl Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!IsPostgresUrl(text) || !Uri.TryCreate(text, UriKind.Absolute, out var uri))
        {
            throw new StoreException($"'{Redact(text)}' is not a PostgreSQL URL; write postgresql://user@host:port/database");
        }

        var database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (string.IsNullOrEmpty(database) || database.Contains('/', StringComparison.Ordinal))
        {
            throw new StoreException($"'{Redact(text)}' names no database; write postgresql://user@host:port/database");
        }

        if (string.IsNullOrEmpty(uri.Host))
        {
            throw new StoreException($"'{Redact(text)}' names no host; write postgresql://user@host:port/database");
        }

        var settings = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host.Trim('[', ']'),
            Port = uri.IsDefaultPort || uri.Port <= 0 ? 5432 : uri.Port,
            Database = database,
            Username = "postgres",
        };
        var userInfo = uri.UserInfo;
        if (userInfo.Length > 0)
        {
            var colon = userInfo.IndexOf(':', StringComparison.Ordinal);
            var user = Uri.UnescapeDataString(colon < 0 ? userInfo : userInfo[..colon]);
            if (user.Length > 0)
            {
                settings.Username = user;
            }

            if (colon >= 0)
            {
                settings.Password = Uri.UnescapeDataString(userInfo[(colon + 1)..]);
            }
        }

        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            var key = Uri.UnescapeDataString(eq < 0 ? pair : pair[..eq]);
            var value = eq < 0 ? string.Empty : Uri.UnescapeDataString(pair[(eq + 1)..].Replace('+', ' '));
            if (key.Equals("host", StringComparison.OrdinalIgnoreCase))
            {
                settings.Host = value; // a Unix-socket directory, as libpq allows
                continue;
            }

            try
            {
                settings[LibpqKeys.TryGetValue(key, out var npgsqlKey) ? npgsqlKey : key] = value;
            }
            catch (ArgumentException e)
            {
                throw new StoreException($"'{Redact(text)}': unknown or invalid connection parameter '{key}' ({e.Message})", e);
            }
        }

        var port = settings.Port.ToString(CultureInfo.InvariantCulture);
        return new PostgresUrl(settings, $"postgresql://{Uri.EscapeDataString(settings.Username ?? "postgres")}@{uri.Host}:{port}/{Uri.EscapeDataString(database)}{uri.Query}");
    }

    /// <summary>The same server and credentials with another database, for example the <c>postgres</c> maintenance database.</summary>
    public NpgsqlConnectionStringBuilder WithDatabase(string database) => new(_connectionString) { Database = database };

    /// <inheritdoc />
    public override string ToString() => Redacted;

    private static string Redact(string text)
    {
        var at = text.IndexOf('@', StringComparison.Ordinal);
        var scheme = text.IndexOf("://", StringComparison.Ordinal);
        if (at < 0 || scheme < 0 || at < scheme)
        {
            return text;
        }

        var userInfo = text[(scheme + 3)..at];
        var colon = userInfo.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? text : string.Concat(text.AsSpan(0, scheme + 3), userInfo.AsSpan(0, colon), text.AsSpan(at));
    }
}
