using System.Data;
using Npgsql;
using NpgsqlTypes;
using ProjectMap.Application.Storage;
using ProjectMap.Domain.Access;
using ProjectMap.Domain.Projects;
using ProjectMap.Storage.PostGis.Connection;

namespace ProjectMap.Storage.PostGis.Access;

/// <summary>
/// User accounts in access_users and access_user_projects. Every write is one READ COMMITTED transaction run by the
/// store's <see cref="TransactionRunner"/>; the primary key on the case-folded name guards against concurrent adds.
/// </summary>
internal sealed class PostGisUserRepository(TransactionRunner runner) : IUserRepository
{
    private const string Columns = "name_key, name, display_name, role, password_hash, disabled, created_at";

    public async Task<IReadOnlyList<UserAccount>> ListAsync(CancellationToken cancellationToken = default) =>
        await QueryAsync($"SELECT {Columns} FROM access_users ORDER BY name_key", null, cancellationToken).ConfigureAwait(false);

    public async Task<UserAccount?> FindAsync(UserName name, CancellationToken cancellationToken = default) =>
        (await QueryAsync($"SELECT {Columns} FROM access_users WHERE name_key = $1", name.Key, cancellationToken).ConfigureAwait(false)).SingleOrDefault();

    public async Task AddAsync(UserAccount user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        await runner.RunAsync(
            IsolationLevel.ReadCommitted,
            async (connection, tx, ct) =>
            {
                await using (var exists = new NpgsqlCommand("SELECT 1 FROM access_users WHERE name_key = $1", connection, tx))
                {
                    exists.Parameters.Add(Text(user.Name.Key));
                    if (await exists.ExecuteScalarAsync(ct).ConfigureAwait(false) is not null)
                    {
                        throw new DuplicateUserException(user.Name.Value);
                    }
                }

                await using (var insert = new NpgsqlCommand(
                    "INSERT INTO access_users (name_key, name, display_name, role, password_hash, disabled, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, now())",
                    connection,
                    tx))
                {
                    insert.Parameters.AddRange(Values(user));
                    insert.Parameters.Add(new NpgsqlParameter { Value = user.CreatedAt == default ? DateTimeOffset.UtcNow : user.CreatedAt.ToUniversalTime(), NpgsqlDbType = NpgsqlDbType.TimestampTz });
                    await insert.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
                }

                await WriteProjectsAsync(connection, tx, user, ct).ConfigureAwait(false);
            },
            cancellationToken,
            retryAlso: e => e.SqlState == RetryPolicy.UniqueViolation).ConfigureAwait(false);
    }

    public async Task UpdateAsync(UserAccount user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        await runner.RunAsync(
            IsolationLevel.ReadCommitted,
            async (connection, tx, ct) =>
            {
                await using (var update = new NpgsqlCommand(
                    "UPDATE access_users SET name = $2, display_name = $3, role = $4, password_hash = $5, disabled = $6, updated_at = now() WHERE name_key = $1",
                    connection,
                    tx))
                {
                    update.Parameters.AddRange(Values(user));
                    if (await update.ExecuteNonQueryAsync(ct).ConfigureAwait(false) == 0)
                    {
                        throw new UserNotFoundException(user.Name.Value);
                    }
                }

                await using (var delete = new NpgsqlCommand("DELETE FROM access_user_projects WHERE name_key = $1", connection, tx))
                {
                    delete.Parameters.Add(Text(user.Name.Key));
                    await delete.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
                }

                await WriteProjectsAsync(connection, tx, user, ct).ConfigureAwait(false);
            },
            cancellationToken).ConfigureAwait(false);
    }

    private static NpgsqlParameter[] Values(UserAccount user) =>
    [
        Text(user.Name.Key),
        Text(user.Name.Value),
        Text(user.DisplayName),
        Text(UserRoles.Name(user.Role)),
        Text(user.PasswordHash),
        new() { Value = user.Disabled, NpgsqlDbType = NpgsqlDbType.Boolean },
    ];

    private static async Task WriteProjectsAsync(NpgsqlConnection connection, NpgsqlTransaction tx, UserAccount user, CancellationToken ct)
    {
        foreach (var code in user.Projects.Distinct())
        {
            await using (var exists = new NpgsqlCommand("SELECT 1 FROM projects WHERE code = $1", connection, tx))
            {
                exists.Parameters.Add(Text(code.Value));
                if (await exists.ExecuteScalarAsync(ct).ConfigureAwait(false) is null)
                {
                    throw new ProjectNotFoundException(code.Value);
                }
            }

            await using var insert = new NpgsqlCommand("INSERT INTO access_user_projects (name_key, project_code) VALUES ($1, $2)", connection, tx);
            insert.Parameters.Add(Text(user.Name.Key));
            insert.Parameters.Add(Text(code.Value));
            await insert.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }
    }

    private static NpgsqlParameter Text(string? value) => new() { Value = (object?)value ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text };

    private async Task<List<UserAccount>> QueryAsync(string sql, string? key, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await runner.OpenAsync(cancellationToken).ConfigureAwait(false);
            var rows = new List<(string Key, UserAccount User)>();
            await using (var command = new NpgsqlCommand(sql, connection))
            {
                if (key is not null)
                {
                    command.Parameters.Add(Text(key));
                }

                await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    rows.Add((reader.GetString(0), new UserAccount
                    {
                        Name = UserName.Parse(reader.GetString(1)),
                        DisplayName = reader.IsDBNull(2) ? null : reader.GetString(2),
                        Role = UserRoles.Parse(reader.GetString(3)),
                        PasswordHash = reader.GetString(4),
                        Disabled = reader.GetBoolean(5),
                        CreatedAt = reader.GetFieldValue<DateTimeOffset>(6),
                    }));
                }
            }

            var list = new List<UserAccount>();
            foreach (var (rowKey, user) in rows)
            {
                await using var projects = new NpgsqlCommand("SELECT project_code FROM access_user_projects WHERE name_key = $1 ORDER BY project_code", connection);
                projects.Parameters.Add(Text(rowKey));
                await using var reader = await projects.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                var codes = new List<ProjectCode>();
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    codes.Add(ProjectCode.Parse(reader.GetString(0)));
                }

                list.Add(user with { Projects = codes });
            }

            return list;
        }
        catch (NpgsqlException e)
        {
            throw new StoreException($"PostgreSQL could not read users: {e.Message}", e);
        }
    }
}
