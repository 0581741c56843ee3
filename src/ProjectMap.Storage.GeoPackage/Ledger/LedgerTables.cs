using System.Globalization;
using Microsoft.Data.Sqlite;
using ProjectMap.Application.Storage;
using ProjectMap.Domain.Ledger;
using ProjectMap.Domain.Projects;

namespace ProjectMap.Storage.GeoPackage.Ledger;

/// <summary>Row-level reads and writes of the ledger tables on an open connection and transaction.</summary>
internal static class LedgerTables
{
    public static void WriteTemplate(SqliteConnection connection, SqliteTransaction tx, MilestoneTemplate template)
    {
        using (var delete = Command(connection, tx, "DELETE FROM ledger_milestone_template"))
        {
            delete.ExecuteNonQuery();
        }

        foreach (var (step, i) in template.Steps.Select((s, i) => (s, i)))
        {
            using var insert = Command(connection, tx, "INSERT INTO ledger_milestone_template (ordinal, step_key, name_zh, name_en, weight) VALUES ($o, $k, $zh, $en, $w)");
            insert.Parameters.AddWithValue("$o", i);
            insert.Parameters.AddWithValue("$k", step.Key);
            insert.Parameters.AddWithValue("$zh", step.NameZh);
            insert.Parameters.AddWithValue("$en", step.NameEn);
            insert.Parameters.AddWithValue("$w", (double)step.Weight);
            insert.ExecuteNonQuery();
        }
    }

    public static MilestoneTemplate ReadTemplate(SqliteConnection connection, SqliteTransaction? tx)
    {
        using var command = Command(connection, tx, "SELECT step_key, name_zh, name_en, weight FROM ledger_milestone_template ORDER BY ordinal");
        using var r = command.ExecuteReader();
        var steps = new List<MilestoneStep>();
        while (r.Read())
        {
            steps.Add(new MilestoneStep(r.GetString(0), r.GetString(1), r.GetString(2), decimal.Round((decimal)r.GetDouble(3), LedgerValues.AmountDecimals)));
        }

        return new MilestoneTemplate(steps);
    }

    /// <summary>Reads the ledgers of the given projects (all projects when null), keyed by code.</summary>
    public static Dictionary<ProjectCode, ProjectLedger> Read(SqliteConnection connection, SqliteTransaction? tx, IReadOnlyCollection<ProjectCode>? codes)
    {
        var filter = codes is null ? string.Empty : $" WHERE project_code IN ({string.Join(", ", codes.Select((_, i) => "$c" + i.ToString(CultureInfo.InvariantCulture)))})";
        var baselines = Query(connection, tx, $"SELECT {LedgerRows.BaselineColumns} FROM ledger_milestones{filter} ORDER BY project_code, ordinal, step_key", codes, LedgerRows.Baseline);
        var changes = Query(connection, tx, $"SELECT {LedgerRows.ChangeColumns} FROM ledger_milestone_changes{filter} ORDER BY id", codes, LedgerRows.Change);
        var investment = Query(connection, tx, $"SELECT {LedgerRows.InvestmentColumns} FROM ledger_investment{filter} ORDER BY rowid", codes, LedgerRows.Investment);
        var plans = Query(connection, tx, $"SELECT {LedgerRows.PlanColumns} FROM ledger_annual_plans{filter} ORDER BY rowid", codes, LedgerRows.Plan);
        return LedgerRows.Assemble(baselines, changes, investment, plans);
    }

    public static void InsertMilestone(SqliteConnection connection, SqliteTransaction tx, Milestone m, string now)
    {
        using var insert = Command(connection, tx, """
            INSERT INTO ledger_milestones (project_code, step_key, ordinal, name_zh, name_en, baseline_weight, baseline_applicable, weight, applicable, created_at, updated_at)
            VALUES ($p, $k, $o, $zh, $en, $w, $a, $w, $a, $now, $now)
            """);
        insert.Parameters.AddWithValue("$p", m.Code.Value);
        insert.Parameters.AddWithValue("$k", m.Step.Key);
        insert.Parameters.AddWithValue("$o", m.Order);
        insert.Parameters.AddWithValue("$zh", m.Step.NameZh);
        insert.Parameters.AddWithValue("$en", m.Step.NameEn);
        insert.Parameters.AddWithValue("$w", (double)m.Weight);
        insert.Parameters.AddWithValue("$a", m.Applicable ? 1 : 0);
        insert.Parameters.AddWithValue("$now", now);
        insert.ExecuteNonQuery();
    }

    public static void InsertChange(SqliteConnection connection, SqliteTransaction tx, MilestoneChange c)
    {
        using var insert = Command(connection, tx, """
            INSERT INTO ledger_milestone_changes (project_code, step_key, field, old_value, new_value, reason, changed_by, recorded_at, effective_at)
            VALUES ($p, $k, $f, $old, $new, $reason, $by, $rec, $eff)
            """);
        insert.Parameters.AddWithValue("$p", c.Code.Value);
        insert.Parameters.AddWithValue("$k", c.StepKey);
        insert.Parameters.AddWithValue("$f", c.Field.ToString());
        insert.Parameters.AddWithValue("$old", (object?)c.OldValue ?? DBNull.Value);
        insert.Parameters.AddWithValue("$new", (object?)c.NewValue ?? DBNull.Value);
        insert.Parameters.AddWithValue("$reason", c.Reason);
        insert.Parameters.AddWithValue("$by", c.ChangedBy);
        insert.Parameters.AddWithValue("$rec", LedgerValues.FormatInstant(c.RecordedAt));
        insert.Parameters.AddWithValue("$eff", LedgerValues.FormatInstant(c.EffectiveAt));
        insert.ExecuteNonQuery();
    }

    /// <summary>Writes a milestone's current values (after the batch) into its row, for SQL and QGIS readers.</summary>
    public static void UpdateMilestone(SqliteConnection connection, SqliteTransaction tx, Milestone m, string now)
    {
        using var update = Command(connection, tx, """
            UPDATE ledger_milestones SET weight = $w, applicable = $a, planned_date = $pl, forecast_date = $fc, actual_date = $ac, updated_at = $now
            WHERE project_code = $p AND step_key = $k
            """);
        update.Parameters.AddWithValue("$p", m.Code.Value);
        update.Parameters.AddWithValue("$k", m.Step.Key);
        update.Parameters.AddWithValue("$w", (double)m.Weight);
        update.Parameters.AddWithValue("$a", m.Applicable ? 1 : 0);
        update.Parameters.AddWithValue("$pl", (object?)LedgerValues.FormatDate(m.Planned) ?? DBNull.Value);
        update.Parameters.AddWithValue("$fc", (object?)LedgerValues.FormatDate(m.Forecast) ?? DBNull.Value);
        update.Parameters.AddWithValue("$ac", (object?)LedgerValues.FormatDate(m.Actual) ?? DBNull.Value);
        update.Parameters.AddWithValue("$now", now);
        update.ExecuteNonQuery();
    }

    public static void InsertInvestment(SqliteConnection connection, SqliteTransaction tx, InvestmentEntry e) =>
        InsertEntry(connection, tx, "ledger_investment", "month", e.Month.ToString(), "amount_wan", e.AmountWan, e);

    public static void InsertPlan(SqliteConnection connection, SqliteTransaction tx, AnnualPlan p) =>
        InsertEntry(connection, tx, "ledger_annual_plans", "year", p.Year, "plan_wan", p.PlanWan, p);

    private static void InsertEntry<T>(SqliteConnection connection, SqliteTransaction tx, string table, string periodColumn, object period, string amountColumn, decimal amount, T e)
        where T : ICorrectableEntry
    {
        var (reason, by) = e switch
        {
            InvestmentEntry i => (i.Reason, i.RecordedBy),
            AnnualPlan p => (p.Reason, p.RecordedBy),
            _ => throw new ArgumentException("unknown entry type", nameof(e)),
        };
        using var insert = Command(connection, tx, $"""
            INSERT INTO {table} (id, project_code, {periodColumn}, {amountColumn}, corrects_id, reason, recorded_by, recorded_at, effective_at)
            VALUES ($id, $p, $period, $amount, $corrects, $reason, $by, $rec, $eff)
            """);
        insert.Parameters.AddWithValue("$id", e.Id.ToString());
        insert.Parameters.AddWithValue("$p", e.Code.Value);
        insert.Parameters.AddWithValue("$period", period);
        insert.Parameters.AddWithValue("$amount", (double)amount);
        insert.Parameters.AddWithValue("$corrects", e.CorrectsId is { } c ? c.ToString() : DBNull.Value);
        insert.Parameters.AddWithValue("$reason", reason);
        insert.Parameters.AddWithValue("$by", by);
        insert.Parameters.AddWithValue("$rec", LedgerValues.FormatInstant(e.RecordedAt));
        insert.Parameters.AddWithValue("$eff", LedgerValues.FormatInstant(e.EffectiveAt));
        insert.ExecuteNonQuery();
    }

    /// <summary>Runs a query with named parameters (names without the @) and maps every row.</summary>
    public static List<T> Query<T>(SqliteConnection connection, SqliteTransaction? tx, string sql, IReadOnlyList<(string Name, object Value)> parameters, Func<SqliteDataReader, T> row)
    {
        using var command = Command(connection, tx, sql);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue("@" + name, value);
        }

        using var r = command.ExecuteReader();
        var list = new List<T>();
        while (r.Read())
        {
            list.Add(row(r));
        }

        return list;
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? tx, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        return command;
    }

    private static List<T> Query<T>(SqliteConnection connection, SqliteTransaction? tx, string sql, IReadOnlyCollection<ProjectCode>? codes, Func<SqliteDataReader, T> row)
    {
        using var command = Command(connection, tx, sql);
        foreach (var (code, i) in (codes ?? []).Select((c, i) => (c, i)))
        {
            command.Parameters.AddWithValue("$c" + i.ToString(CultureInfo.InvariantCulture), code.Value);
        }

        using var r = command.ExecuteReader();
        var list = new List<T>();
        while (r.Read())
        {
            list.Add(row(r));
        }

        return list;
    }
}
