using Microsoft.Data.Sqlite;

namespace ProjectMap.Storage.GeoPackage.Schema;

/// <summary>Small helpers for running SQL on a connection inside a transaction.</summary>
public static class Sql
{
    /// <summary>Runs one or more semicolon-separated statements.</summary>
    public static void Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>Runs a query and returns the first column of the first row, or null.</summary>
    public static object? Scalar(SqliteConnection connection, SqliteTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        var result = command.ExecuteScalar();
        return result is DBNull ? null : result;
    }
}
