using ProjectMap.Application.Storage;
using ProjectMap.Domain.Ledger;
using ProjectMap.Domain.Projects;
using ProjectMap.Domain.Time;
using ProjectMap.Storage.GeoPackage.Schema;

namespace ProjectMap.Storage.GeoPackage.Ledger;

/// <summary>The ledger in the GeoPackage's ledger_* attribute tables; every write is one immediate transaction.</summary>
internal sealed class GeoPackageLedgerRepository(GeoPackageStore store) : ILedgerRepository
{
    public Task<MilestoneTemplate> GetTemplateAsync(CancellationToken cancellationToken = default)
    {
        using var connection = store.Connect();
        return Task.FromResult(LedgerTables.ReadTemplate(connection, null));
    }

    public Task SaveTemplateAsync(MilestoneTemplate template, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(template);
        using var connection = store.Connect();
        using var tx = connection.BeginTransaction(deferred: false);
        LedgerTables.WriteTemplate(connection, tx, template);
        Touch(connection, tx, "ledger_milestone_template");
        tx.Commit();
        return Task.CompletedTask;
    }

    public Task<ProjectLedger> GetAsync(ProjectCode code, CancellationToken cancellationToken = default)
    {
        using var connection = store.Connect();
        if (Sql.Scalar(connection, null, "SELECT 1 FROM projects WHERE code = $c", ("$c", code.Value)) is null)
        {
            throw new ProjectNotFoundException(code.Value);
        }

        var ledgers = LedgerTables.Read(connection, null, [code]);
        return Task.FromResult(ledgers.TryGetValue(code, out var l) ? l : ProjectLedger.Empty(code));
    }

    public Task<IReadOnlyList<ProjectLedger>> ListAsync(CancellationToken cancellationToken = default)
    {
        using var connection = store.Connect();
        var ledgers = LedgerTables.Read(connection, null, null);
        var codes = new List<ProjectCode>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT code FROM projects ORDER BY code";
            using var r = command.ExecuteReader();
            while (r.Read())
            {
                codes.Add(ProjectCode.Parse(r.GetString(0)));
            }
        }

        return Task.FromResult<IReadOnlyList<ProjectLedger>>(codes.Select(c => ledgers.TryGetValue(c, out var l) ? l : ProjectLedger.Empty(c)).ToList());
    }

    public Task<IReadOnlyList<StatusBasis>> ListStatusBasisAsync(YearMonth month, DateTimeOffset asOf, CancellationToken cancellationToken = default)
    {
        // One read transaction, so the six queries see one state of the file.
        using var connection = store.Connect();
        using var tx = connection.BeginTransaction(deferred: true);
        var sql = StatusBasisSql.Sqlite;
        var parameters = StatusBasisSql.Parameters(month, asOf);
        var codes = LedgerTables.Query(connection, tx, StatusBasisSql.Codes, [], r => ProjectCode.Parse(r.GetString(0)));
        var baselines = LedgerTables.Query(connection, tx, StatusBasisSql.Baselines, [], LedgerRows.Baseline);
        var changes = LedgerTables.Query(connection, tx, sql.EffectiveChanges, parameters, StatusBasisRows.Change);
        var moves = LedgerTables.Query(connection, tx, sql.PlannedDateMoves, parameters, StatusBasisRows.Move);
        var investment = LedgerTables.Query(connection, tx, sql.Investment, parameters, StatusBasisRows.Investment);
        var plans = LedgerTables.Query(connection, tx, sql.AnnualPlans, parameters, StatusBasisRows.Plan);
        tx.Commit();
        return Task.FromResult(StatusBasisRows.Assemble(codes, month, asOf, baselines, changes, moves, investment, plans));
    }

    public Task<IReadOnlyList<ProjectLedger>> ListAsync(IReadOnlyCollection<ProjectCode> codes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(codes);
        if (codes.Count == 0)
        {
            return Task.FromResult<IReadOnlyList<ProjectLedger>>([]);
        }

        using var connection = store.Connect();
        var stored = new List<ProjectCode>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT code FROM projects WHERE code IN (SELECT value FROM json_each($codes)) ORDER BY code";
            command.Parameters.AddWithValue("$codes", System.Text.Json.JsonSerializer.Serialize(codes.Select(c => c.Value)));
            using var r = command.ExecuteReader();
            while (r.Read())
            {
                stored.Add(ProjectCode.Parse(r.GetString(0)));
            }
        }

        var ledgers = stored.Count == 0 ? new Dictionary<ProjectCode, ProjectLedger>() : LedgerTables.Read(connection, null, stored);
        return Task.FromResult<IReadOnlyList<ProjectLedger>>(stored.Select(c => ledgers.TryGetValue(c, out var l) ? l : ProjectLedger.Empty(c)).ToList());
    }

    public Task AppendAsync(LedgerBatch batch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.IsEmpty)
        {
            return Task.CompletedTask;
        }

        using var connection = store.Connect();
        using var tx = connection.BeginTransaction(deferred: false);
        var codes = batch.Projects;
        foreach (var code in codes)
        {
            if (Sql.Scalar(connection, tx, "SELECT 1 FROM projects WHERE code = $c", ("$c", code.Value)) is null)
            {
                throw new ProjectNotFoundException(code.Value);
            }
        }

        var after = LedgerBatchValidator.Apply(LedgerTables.Read(connection, tx, codes), batch);
        var now = LedgerValues.FormatInstant(DateTimeOffset.UtcNow);
        foreach (var m in batch.NewMilestones)
        {
            cancellationToken.ThrowIfCancellationRequested();
            LedgerTables.InsertMilestone(connection, tx, m, now);
        }

        foreach (var c in batch.MilestoneChanges)
        {
            LedgerTables.InsertChange(connection, tx, c);
        }

        foreach (var e in batch.Investment)
        {
            LedgerTables.InsertInvestment(connection, tx, e);
        }

        foreach (var p in batch.AnnualPlans)
        {
            LedgerTables.InsertPlan(connection, tx, p);
        }

        var touched = batch.NewMilestones.Select(m => m.Code).Concat(batch.MilestoneChanges.Select(c => c.Code)).ToHashSet();
        foreach (var code in touched)
        {
            var ledger = after[code];
            foreach (var m in ledger.CurrentMilestones())
            {
                LedgerTables.UpdateMilestone(connection, tx, m, now);
            }

            using var stage = connection.CreateCommand();
            stage.Transaction = tx;
            stage.CommandText = "UPDATE projects SET stage = $s, updated_at = $now WHERE code = $c";
            stage.Parameters.AddWithValue("$s", LedgerBatchValidator.StageOf(ledger));
            stage.Parameters.AddWithValue("$now", now);
            stage.Parameters.AddWithValue("$c", code.Value);
            stage.ExecuteNonQuery();
        }

        Touch(connection, tx, "ledger_milestones", "ledger_milestone_changes", "ledger_investment", "ledger_annual_plans");
        tx.Commit();
        return Task.CompletedTask;
    }

    private static void Touch(Microsoft.Data.Sqlite.SqliteConnection connection, Microsoft.Data.Sqlite.SqliteTransaction tx, params string[] tables)
    {
        foreach (var t in tables)
        {
            Sql.Execute(connection, tx, $"UPDATE gpkg_contents SET last_change = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE table_name = '{t}'");
        }
    }
}
