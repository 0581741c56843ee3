using Microsoft.Data.Sqlite;
using ProjectMap.Storage.GeoPackage.Schema;

namespace ProjectMap.Storage.GeoPackage.Ledger;

/// <summary>
/// The ledger's tables, registered in gpkg_contents as 'attributes' so GDAL and QGIS list them beside the projects
/// layer. Amounts are REAL 万元 (at most 4 decimals, exact through a double), dates TEXT yyyy-MM-dd, months TEXT
/// yyyy-MM, instants TEXT UTC ISO 8601 with 7 decimals (text order = time order). Entries are never updated or deleted.
/// </summary>
public static class LedgerSchema
{
    /// <summary>
    /// Creates the tables and seeds the default milestone template (migration step "0200-ledger"). Self-contained SQL:
    /// a released step must not change when other code does (the contract tests check the seed equals <c>MilestoneTemplate.Default</c>).
    /// </summary>
    public static void Create(SqliteConnection connection, SqliteTransaction transaction)
    {
        Sql.Execute(connection, transaction, """
            CREATE TABLE ledger_milestone_template (
              ordinal INTEGER PRIMARY KEY NOT NULL,
              step_key TEXT NOT NULL UNIQUE,
              name_zh TEXT NOT NULL,
              name_en TEXT NOT NULL,
              weight REAL NOT NULL);
            CREATE TABLE ledger_milestones (
              id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
              project_code TEXT NOT NULL REFERENCES projects(code),
              step_key TEXT NOT NULL,
              ordinal INTEGER NOT NULL,
              name_zh TEXT NOT NULL,
              name_en TEXT NOT NULL,
              baseline_weight REAL NOT NULL,
              baseline_applicable INTEGER NOT NULL,
              weight REAL NOT NULL,
              applicable INTEGER NOT NULL,
              planned_date DATE,
              forecast_date DATE,
              actual_date DATE,
              created_at TEXT NOT NULL,
              updated_at TEXT NOT NULL,
              UNIQUE (project_code, step_key));
            CREATE TABLE ledger_milestone_changes (
              id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
              project_code TEXT NOT NULL REFERENCES projects(code),
              step_key TEXT NOT NULL,
              field TEXT NOT NULL,
              old_value TEXT,
              new_value TEXT,
              reason TEXT NOT NULL DEFAULT '',
              changed_by TEXT NOT NULL,
              recorded_at TEXT NOT NULL,
              effective_at TEXT NOT NULL,
              FOREIGN KEY (project_code, step_key) REFERENCES ledger_milestones(project_code, step_key));
            CREATE INDEX ledger_milestone_changes_project ON ledger_milestone_changes(project_code, step_key);
            CREATE TABLE ledger_investment (
              id TEXT PRIMARY KEY NOT NULL,
              project_code TEXT NOT NULL REFERENCES projects(code),
              month TEXT NOT NULL,
              amount_wan REAL NOT NULL CHECK (amount_wan >= 0),
              corrects_id TEXT UNIQUE REFERENCES ledger_investment(id),
              reason TEXT NOT NULL DEFAULT '',
              recorded_by TEXT NOT NULL,
              recorded_at TEXT NOT NULL,
              effective_at TEXT NOT NULL);
            CREATE UNIQUE INDEX ledger_investment_first ON ledger_investment(project_code, month) WHERE corrects_id IS NULL;
            CREATE INDEX ledger_investment_project ON ledger_investment(project_code, month);
            CREATE TABLE ledger_annual_plans (
              id TEXT PRIMARY KEY NOT NULL,
              project_code TEXT NOT NULL REFERENCES projects(code),
              year INTEGER NOT NULL,
              plan_wan REAL NOT NULL CHECK (plan_wan >= 0),
              corrects_id TEXT UNIQUE REFERENCES ledger_annual_plans(id),
              reason TEXT NOT NULL DEFAULT '',
              recorded_by TEXT NOT NULL,
              recorded_at TEXT NOT NULL,
              effective_at TEXT NOT NULL);
            CREATE UNIQUE INDEX ledger_annual_plans_first ON ledger_annual_plans(project_code, year) WHERE corrects_id IS NULL;
            INSERT INTO gpkg_contents (table_name, data_type, identifier, description) VALUES
              ('ledger_milestone_template', 'attributes', 'ledger_milestone_template', 'Milestone template (里程碑模板): steps in order with weights in points'),
              ('ledger_milestones', 'attributes', 'ledger_milestones', 'Project milestones (里程碑): planned, forecast and actual dates, current values'),
              ('ledger_milestone_changes', 'attributes', 'ledger_milestone_changes', 'Milestone change log (里程碑变更): who, when, old, new, reason'),
              ('ledger_investment', 'attributes', 'ledger_investment', 'Monthly investment returns (月度完成投资) in 万元; corrections reference the entry they correct'),
              ('ledger_annual_plans', 'attributes', 'ledger_annual_plans', 'Annual investment plans (年度计划投资) in 万元; revisions reference the plan they revise');
            INSERT INTO ledger_milestone_template (ordinal, step_key, name_zh, name_en, weight) VALUES
              (0, 'signing', '签约', 'Contract signed', 5),
              (1, 'land', '供地', 'Land supplied', 10),
              (2, 'start', '开工', 'Construction started', 15),
              (3, 'topping-out', '主体结构封顶', 'Structure topped out', 25),
              (4, 'fit-out', '内部装修', 'Interior fit-out', 15),
              (5, 'commissioning', '设备安装调试', 'Equipment installation and commissioning', 15),
              (6, 'acceptance', '竣工验收', 'Completion acceptance', 10),
              (7, 'production', '投产', 'Production started', 5);
            """);
    }
}
