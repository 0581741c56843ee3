using Microsoft.Data.Sqlite;
using ProjectMap.Storage.GeoPackage.Schema;

namespace ProjectMap.Storage.GeoPackage.Access;

/// <summary>
/// The web viewer's tables, registered in gpkg_contents as 'attributes' so GDAL and QGIS list them: user accounts
/// (password hashes only), officers' project assignments and the append-only audit log. Instants are TEXT UTC
/// ISO 8601 with 7 decimals, so text order is time order.
/// </summary>
public static class AccessSchema
{
    /// <summary>Creates the user tables (migration step "0300-users").</summary>
    public static void CreateUsers(SqliteConnection connection, SqliteTransaction transaction) => Sql.Execute(connection, transaction, """
        CREATE TABLE access_users (
          name_key TEXT PRIMARY KEY NOT NULL,
          name TEXT NOT NULL,
          display_name TEXT,
          role TEXT NOT NULL CHECK (role IN ('leader', 'officer', 'admin')),
          password_hash TEXT NOT NULL,
          disabled INTEGER NOT NULL DEFAULT 0,
          created_at TEXT NOT NULL,
          updated_at TEXT NOT NULL);
        CREATE TABLE access_user_projects (
          name_key TEXT NOT NULL REFERENCES access_users(name_key),
          project_code TEXT NOT NULL REFERENCES projects(code),
          PRIMARY KEY (name_key, project_code));
        INSERT INTO gpkg_contents (table_name, data_type, identifier, description) VALUES
          ('access_users', 'attributes', 'access_users', 'Web viewer users (用户): role leader/officer/admin, salted PBKDF2 password hash'),
          ('access_user_projects', 'attributes', 'access_user_projects', 'Projects each officer may edit (项目分配)');
        """);

    /// <summary>Creates the audit log table (migration step "0301-audit-log").</summary>
    public static void CreateAuditLog(SqliteConnection connection, SqliteTransaction transaction) => Sql.Execute(connection, transaction, """
        CREATE TABLE audit_log (
          id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
          at TEXT NOT NULL,
          user_name TEXT,
          action TEXT NOT NULL,
          target TEXT NOT NULL DEFAULT '',
          outcome TEXT NOT NULL CHECK (outcome IN ('done', 'refused', 'failed')),
          detail TEXT NOT NULL DEFAULT '',
          source TEXT NOT NULL DEFAULT '');
        CREATE INDEX audit_log_user ON audit_log(user_name, id);
        CREATE INDEX audit_log_target ON audit_log(target, id);
        INSERT INTO gpkg_contents (table_name, data_type, identifier, description) VALUES
          ('audit_log', 'attributes', 'audit_log', 'Audit log of write attempts (操作日志): who, when, what, outcome');
        """);
}
