using Microsoft.Data.Sqlite;

namespace ProjectMap.Storage.GeoPackage.Schema;

/// <summary>One forward-only schema step, identified by a stable id and applied once, inside the migration's transaction.</summary>
/// <param name="Id">A stable, unique id such as "0001-projects"; recorded in pm_schema_migrations.</param>
/// <param name="Description">What the step adds, for the record.</param>
/// <param name="Apply">Applies the step on the connection within the given transaction.</param>
public sealed record Migration(string Id, string Description, Action<SqliteConnection, SqliteTransaction> Apply);
