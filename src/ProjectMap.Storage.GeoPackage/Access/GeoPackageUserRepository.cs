using System.Globalization;
using Microsoft.Data.Sqlite;
using ProjectMap.Application.Storage;
using ProjectMap.Domain.Access;
using ProjectMap.Domain.Projects;
using ProjectMap.Storage.GeoPackage.Schema;

namespace ProjectMap.Storage.GeoPackage.Access;

/// <summary>User accounts in access_users and access_user_projects; every write is one immediate transaction.</summary>
internal sealed class GeoPackageUserRepository(GeoPackageStore store) : IUserRepository
{
    private const string Columns = "name_key, name, display_name, role, password_hash, disabled, created_at";

    public Task<IReadOnlyList<UserAccount>> ListAsync(CancellationToken cancellationToken = default)
    {
        using var connection = store.Connect();
        return Task.FromResult<IReadOnlyList<UserAccount>>(Query(connection, null, $"SELECT {Columns} FROM access_users ORDER BY name_key"));
    }

    public Task<UserAccount?> FindAsync(UserName name, CancellationToken cancellationToken = default)
    {
        using var connection = store.Connect();
        return Task.FromResult(Query(connection, null, $"SELECT {Columns} FROM access_users WHERE name_key = $key", ("$key", name.Key)).SingleOrDefault());
    }

    public Task AddAsync(UserAccount user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        using var connection = store.Connect();
        using var tx = connection.BeginTransaction(deferred: false);
        if (Sql.Scalar(connection, tx, "SELECT 1 FROM access_users WHERE name_key = $key", ("$key", user.Name.Key)) is not null)
        {
            throw new DuplicateUserException(user.Name.Value);
        }

        var now = Now();
        using (var insert = connection.CreateCommand())
        {
            insert.Transaction = tx;
            insert.CommandText = """
                INSERT INTO access_users (name_key, name, display_name, role, password_hash, disabled, created_at, updated_at)
                VALUES ($key, $name, $display, $role, $hash, $disabled, $created, $updated)
                """;
            Bind(insert, user);
            insert.Parameters.AddWithValue("$created", Instant(user.CreatedAt == default ? DateTimeOffset.UtcNow : user.CreatedAt));
            insert.Parameters.AddWithValue("$updated", now);
            insert.ExecuteNonQuery();
        }

        WriteProjects(connection, tx, user);
        tx.Commit();
        return Task.CompletedTask;
    }

    public Task UpdateAsync(UserAccount user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        using var connection = store.Connect();
        using var tx = connection.BeginTransaction(deferred: false);
        using (var update = connection.CreateCommand())
        {
            update.Transaction = tx;
            update.CommandText = """
                UPDATE access_users SET name = $name, display_name = $display, role = $role, password_hash = $hash,
                  disabled = $disabled, updated_at = $updated WHERE name_key = $key
                """;
            Bind(update, user);
            update.Parameters.AddWithValue("$updated", Now());
            if (update.ExecuteNonQuery() == 0)
            {
                throw new UserNotFoundException(user.Name.Value);
            }
        }

        using (var delete = connection.CreateCommand())
        {
            delete.Transaction = tx;
            delete.CommandText = "DELETE FROM access_user_projects WHERE name_key = $key";
            delete.Parameters.AddWithValue("$key", user.Name.Key);
            delete.ExecuteNonQuery();
        }

        WriteProjects(connection, tx, user);
        tx.Commit();
        return Task.CompletedTask;
    }

    private static void Bind(SqliteCommand command, UserAccount user)
    {
        command.Parameters.AddWithValue("$key", user.Name.Key);
        command.Parameters.AddWithValue("$name", user.Name.Value);
        command.Parameters.AddWithValue("$display", (object?)user.DisplayName ?? DBNull.Value);
        command.Parameters.AddWithValue("$role", UserRoles.Name(user.Role));
        command.Parameters.AddWithValue("$hash", user.PasswordHash);
        command.Parameters.AddWithValue("$disabled", user.Disabled ? 1 : 0);
    }

    private static void WriteProjects(SqliteConnection connection, SqliteTransaction tx, UserAccount user)
    {
        foreach (var code in user.Projects.Distinct())
        {
            if (Sql.Scalar(connection, tx, "SELECT 1 FROM projects WHERE code = $code", ("$code", code.Value)) is null)
            {
                throw new ProjectNotFoundException(code.Value);
            }

            using var insert = connection.CreateCommand();
            insert.Transaction = tx;
            insert.CommandText = "INSERT INTO access_user_projects (name_key, project_code) VALUES ($key, $code)";
            insert.Parameters.AddWithValue("$key", user.Name.Key);
            insert.Parameters.AddWithValue("$code", code.Value);
            insert.ExecuteNonQuery();
        }
    }

    private static List<UserAccount> Query(SqliteConnection connection, SqliteTransaction? tx, string sql, params (string Name, object Value)[] parameters)
    {
        var rows = new List<(string Key, UserAccount User)>();
        using (var command = connection.CreateCommand())
        {
            command.Transaction = tx;
            command.CommandText = sql;
            foreach (var (name, value) in parameters)
            {
                command.Parameters.AddWithValue(name, value);
            }

            using var r = command.ExecuteReader();
            while (r.Read())
            {
                rows.Add((r.GetString(0), new UserAccount
                {
                    Name = UserName.Parse(r.GetString(1)),
                    DisplayName = r.IsDBNull(2) ? null : r.GetString(2),
                    Role = UserRoles.Parse(r.GetString(3)),
                    PasswordHash = r.GetString(4),
                    Disabled = r.GetInt64(5) != 0,
                    CreatedAt = DateTimeOffset.Parse(r.GetString(6), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
                }));
            }
        }

        return rows.Select(row => row.User with { Projects = Projects(connection, tx, row.Key) }).ToList();
    }

    private static List<ProjectCode> Projects(SqliteConnection connection, SqliteTransaction? tx, string key)
    {
        using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = "SELECT project_code FROM access_user_projects WHERE name_key = $key ORDER BY project_code";
        command.Parameters.AddWithValue("$key", key);
        var list = new List<ProjectCode>();
        using var r = command.ExecuteReader();
        while (r.Read())
        {
            list.Add(ProjectCode.Parse(r.GetString(0)));
        }

        return list;
    }

    private static string Now() => Instant(DateTimeOffset.UtcNow);

    internal static string Instant(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffffffZ", CultureInfo.InvariantCulture);
}
