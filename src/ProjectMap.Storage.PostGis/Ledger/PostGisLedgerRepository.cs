using System.Data;
using System.Data.Common;
using System.Text.RegularExpressions;
using Npgsql;
using NpgsqlTypes;
using ProjectMap.Application.Storage;
using ProjectMap.Domain.Ledger;
using ProjectMap.Domain.Projects;
using ProjectMap.Domain.Time;
using ProjectMap.Storage.PostGis.Connection;

namespace ProjectMap.Storage.PostGis.Ledger;

/// <summary>
/// The ledger in the PostGIS store's ledger_* tables (migration "0200-ledger"). An append locks the touched projects'
/// rows (<c>SELECT … FOR UPDATE</c>), reads their ledgers in the same READ COMMITTED transaction and checks the batch
/// with <see cref="LedgerBatchValidator"/>, so concurrent writers to one project take turns; unique indexes (one first
/// entry per period, each entry corrected once) back the checks up.
/// </summary>
internal sealed partial class PostGisLedgerRepository(TransactionRunner runner) : ILedgerRepository
{
    public async Task<MilestoneTemplate> GetTemplateAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await runner.OpenAsync(cancellationToken).ConfigureAwait(false);
        var steps = await QueryAsync(
            connection, null, "SELECT step_key, name_zh, name_en, weight FROM ledger_milestone_template ORDER BY ordinal", [],
            r => new MilestoneStep(r.GetString(0), r.GetString(1), r.GetString(2), r.GetDecimal(3)), cancellationToken).ConfigureAwait(false);
        return new MilestoneTemplate(steps);
    }

    public Task SaveTemplateAsync(MilestoneTemplate template, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(template);
        return runner.RunAsync(
            IsolationLevel.ReadCommitted,
            async (connection, tx, ct) =>
            {
                await using var batch = new NpgsqlBatch(connection, tx);
                batch.BatchCommands.Add(new NpgsqlBatchCommand("DELETE FROM ledger_milestone_template"));
                foreach (var (step, i) in template.Steps.Select((s, i) => (s, i)))
                {
                    var insert = new NpgsqlBatchCommand("INSERT INTO ledger_milestone_template (ordinal, step_key, name_zh, name_en, weight) VALUES ($1, $2, $3, $4, $5)");
                    insert.Parameters.AddRange(new NpgsqlParameter[] { Int(i), Text(step.Key), Text(step.NameZh), Text(step.NameEn), Numeric(step.Weight) });
                    batch.BatchCommands.Add(insert);
                }

                await batch.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            },
            cancellationToken);
    }

    public async Task<ProjectLedger> GetAsync(ProjectCode code, CancellationToken cancellationToken = default)
    {
        await using var connection = await runner.OpenAsync(cancellationToken).ConfigureAwait(false);
        var exists = await QueryAsync(connection, null, "SELECT 1 FROM projects WHERE code = $1", [Text(code.Value)], r => true, cancellationToken).ConfigureAwait(false);
        if (exists.Count == 0)
        {
            throw new ProjectNotFoundException(code.Value);
        }

        var ledgers = await ReadAsync(connection, null, [code], cancellationToken).ConfigureAwait(false);
        return ledgers.TryGetValue(code, out var l) ? l : ProjectLedger.Empty(code);
    }

    public async Task<IReadOnlyList<ProjectLedger>> ListAsync(CancellationToken cancellationToken = default)
    {
        // Every ledger (the monthly status of all projects reads ~50 records per project): the four tables are read at
        // once on their own connections, all in the snapshot this transaction exports, so the server works on them in
        // parallel and the result is as consistent as one transaction's read.
        try
        {
            await using var lead = await runner.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var tx = await lead.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken).ConfigureAwait(false);
            var snapshot = (await QueryAsync(lead, tx, "SELECT pg_export_snapshot()", [], r => r.GetString(0), cancellationToken).ConfigureAwait(false))[0];
            var baselines = InSnapshotAsync(snapshot, $"SELECT {LedgerRows.BaselineColumns} FROM ledger_milestones ORDER BY project_code, ordinal, step_key", [], LedgerRows.Baseline, cancellationToken);
            var changes = InSnapshotAsync(snapshot, $"SELECT {LedgerRows.ChangeColumns} FROM ledger_milestone_changes ORDER BY id", [], LedgerRows.Change, cancellationToken);
            var investment = InSnapshotAsync(snapshot, $"SELECT {LedgerRows.InvestmentColumns} FROM ledger_investment ORDER BY seq", [], LedgerRows.Investment, cancellationToken);
            var plans = InSnapshotAsync(snapshot, $"SELECT {LedgerRows.PlanColumns} FROM ledger_annual_plans ORDER BY seq", [], LedgerRows.Plan, cancellationToken);
            var codes = await QueryAsync(lead, tx, "SELECT code FROM projects ORDER BY code", [], r => ProjectCode.Parse(r.GetString(0)), cancellationToken).ConfigureAwait(false);
            await Task.WhenAll(baselines, changes, investment, plans).ConfigureAwait(false);
            await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
            var ledgers = LedgerRows.Assemble(await baselines.ConfigureAwait(false), await changes.ConfigureAwait(false), await investment.ConfigureAwait(false), await plans.ConfigureAwait(false));
            return codes.Select(c => ledgers.TryGetValue(c, out var l) ? l : ProjectLedger.Empty(c)).ToList();
        }
        catch (PostgresException e)
        {
            throw new StoreException($"PostgreSQL refused a ledger query: {e.MessageText} (SQLSTATE {e.SqlState})", e);
        }
        catch (NpgsqlException e)
        {
            throw new StoreException($"lost the connection to PostgreSQL while reading the ledger: {e.Message}", e);
        }
    }

    public async Task<IReadOnlyList<StatusBasis>> ListStatusBasisAsync(YearMonth month, DateTimeOffset asOf, CancellationToken cancellationToken = default)
    {
        // The five queries run at once on their own connections in the snapshot this transaction exports
        // (the server works on them in parallel; the result is as consistent as one transaction's read).
        try
        {
            await using var lead = await runner.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var tx = await lead.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken).ConfigureAwait(false);
            var snapshot = (await QueryAsync(lead, tx, "SELECT pg_export_snapshot()", [], r => r.GetString(0), cancellationToken).ConfigureAwait(false))[0];
            var sql = StatusBasisSql.PostgreSql;
            var parameters = StatusBasisSql.Parameters(month, asOf);
            var baselines = InSnapshotAsync(snapshot, StatusBasisSql.Baselines, [], LedgerRows.Baseline, cancellationToken);
            var changes = InSnapshotAsync(snapshot, sql.EffectiveChanges, parameters, StatusBasisRows.Change, cancellationToken);
            var moves = InSnapshotAsync(snapshot, sql.PlannedDateMoves, parameters, StatusBasisRows.Move, cancellationToken);
            var investment = InSnapshotAsync(snapshot, sql.Investment, parameters, StatusBasisRows.Investment, cancellationToken);
            var plans = InSnapshotAsync(snapshot, sql.AnnualPlans, parameters, StatusBasisRows.Plan, cancellationToken);
            var codes = await QueryAsync(lead, tx, StatusBasisSql.Codes, [], r => ProjectCode.Parse(r.GetString(0)), cancellationToken).ConfigureAwait(false);
            await Task.WhenAll(baselines, changes, moves, investment, plans).ConfigureAwait(false);
            await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
            return StatusBasisRows.Assemble(
                codes, month, asOf, await baselines.ConfigureAwait(false), await changes.ConfigureAwait(false), await moves.ConfigureAwait(false), await investment.ConfigureAwait(false), await plans.ConfigureAwait(false));
        }
        catch (PostgresException e)
        {
            throw new StoreException($"PostgreSQL refused a ledger query: {e.MessageText} (SQLSTATE {e.SqlState})", e);
        }
        catch (NpgsqlException e)
        {
            throw new StoreException($"lost the connection to PostgreSQL while reading the ledger: {e.Message}", e);
        }
    }

    public async Task<IReadOnlyList<ProjectLedger>> ListAsync(IReadOnlyCollection<ProjectCode> codes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(codes);
        if (codes.Count == 0)
        {
            return [];
        }

        await using var connection = await runner.OpenAsync(cancellationToken).ConfigureAwait(false);
        var stored = await QueryAsync(
            connection, null, "SELECT code FROM projects WHERE code = ANY($1) ORDER BY code", [TextArray(codes)], r => ProjectCode.Parse(r.GetString(0)), cancellationToken).ConfigureAwait(false);
        var ledgers = await ReadAsync(connection, null, stored, cancellationToken).ConfigureAwait(false);
        return stored.Select(c => ledgers.TryGetValue(c, out var l) ? l : ProjectLedger.Empty(c)).ToList();
    }

    public Task AppendAsync(LedgerBatch batch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.IsEmpty)
        {
            return Task.CompletedTask;
        }

        var codes = batch.Projects;
        return runner.RunAsync(
            IsolationLevel.ReadCommitted,
            async (connection, tx, ct) =>
            {
                var locked = await QueryAsync(
                    connection, tx, "SELECT code FROM projects WHERE code = ANY($1) ORDER BY code FOR UPDATE", [TextArray(codes)], r => r.GetString(0), ct).ConfigureAwait(false);
                if (codes.FirstOrDefault(c => !locked.Contains(c.Value)) is { Value: not null } missing)
                {
                    throw new ProjectNotFoundException(missing.Value);
                }

                var after = LedgerBatchValidator.Apply(await ReadAsync(connection, tx, codes, ct).ConfigureAwait(false), batch);
                await using var write = new NpgsqlBatch(connection, tx);
                foreach (var m in batch.NewMilestones)
                {
                    var insert = new NpgsqlBatchCommand("""
                        INSERT INTO ledger_milestones (project_code, step_key, ordinal, name_zh, name_en, baseline_weight, baseline_applicable, weight, applicable)
                        VALUES ($1, $2, $3, $4, $5, $6, $7, $6, $7)
                        """);
                    insert.Parameters.AddRange(new NpgsqlParameter[] { Text(m.Code.Value), Text(m.Step.Key), Int(m.Order), Text(m.Step.NameZh), Text(m.Step.NameEn), Numeric(m.Weight), Bool(m.Applicable) });
                    write.BatchCommands.Add(insert);
                }

                foreach (var c in batch.MilestoneChanges)
                {
                    var insert = new NpgsqlBatchCommand(
                        $"INSERT INTO ledger_milestone_changes ({LedgerRows.ChangeColumns}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)");
                    insert.Parameters.AddRange(new NpgsqlParameter[] { Text(c.Code.Value), Text(c.StepKey), Text(c.Field.ToString()), Text(c.OldValue), Text(c.NewValue), Text(c.Reason), Text(c.ChangedBy),
                        Text(LedgerValues.FormatInstant(c.RecordedAt)), Text(LedgerValues.FormatInstant(c.EffectiveAt)) });
                    write.BatchCommands.Add(insert);
                }

                foreach (var e in batch.Investment)
                {
                    write.BatchCommands.Add(Entry("ledger_investment", LedgerRows.InvestmentColumns, e, Text(e.Month.ToString()), e.AmountWan, e.Reason, e.RecordedBy));
                }

                foreach (var p in batch.AnnualPlans)
                {
                    write.BatchCommands.Add(Entry("ledger_annual_plans", LedgerRows.PlanColumns, p, Int(p.Year), p.PlanWan, p.Reason, p.RecordedBy));
                }

                var touched = batch.NewMilestones.Select(m => m.Code).Concat(batch.MilestoneChanges.Select(c => c.Code)).ToHashSet();
                foreach (var code in touched)
                {
                    foreach (var m in after[code].CurrentMilestones())
                    {
                        var update = new NpgsqlBatchCommand("""
                            UPDATE ledger_milestones SET weight = $3, applicable = $4, planned_date = $5, forecast_date = $6, actual_date = $7, updated_at = now()
                            WHERE project_code = $1 AND step_key = $2
                            """);
                        update.Parameters.AddRange(new NpgsqlParameter[] { Text(code.Value), Text(m.Step.Key), Numeric(m.Weight), Bool(m.Applicable), Day(m.Planned), Day(m.Forecast), Day(m.Actual) });
                        write.BatchCommands.Add(update);
                    }

                    var stage = new NpgsqlBatchCommand("UPDATE projects SET stage = $2, updated_at = now() WHERE code = $1");
                    stage.Parameters.AddRange(new NpgsqlParameter[] { Text(code.Value), Text(LedgerBatchValidator.StageOf(after[code])) });
                    write.BatchCommands.Add(stage);
                }

                await write.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            },
            cancellationToken);
    }

    private static NpgsqlBatchCommand Entry<T>(string table, string columns, T e, NpgsqlParameter period, decimal amount, string reason, string by)
        where T : ICorrectableEntry
    {
        var insert = new NpgsqlBatchCommand($"INSERT INTO {table} ({columns}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)");
        insert.Parameters.AddRange(new NpgsqlParameter[] { new NpgsqlParameter { Value = e.Id, NpgsqlDbType = NpgsqlDbType.Uuid }, Text(e.Code.Value), period, Numeric(amount),
            new NpgsqlParameter { Value = e.CorrectsId is { } c ? c : DBNull.Value, NpgsqlDbType = NpgsqlDbType.Uuid },
            Text(reason), Text(by), Text(LedgerValues.FormatInstant(e.RecordedAt)), Text(LedgerValues.FormatInstant(e.EffectiveAt)) });
        return insert;
    }

    private static async Task<Dictionary<ProjectCode, ProjectLedger>> ReadAsync(
        NpgsqlConnection connection, NpgsqlTransaction? tx, IReadOnlyList<ProjectCode>? codes, CancellationToken cancellationToken)
    {
        var filter = codes is null ? string.Empty : " WHERE project_code = ANY($1)";
        NpgsqlParameter[] Args() => codes is null ? [] : [TextArray(codes)];
        var baselines = await QueryAsync(connection, tx, $"SELECT {LedgerRows.BaselineColumns} FROM ledger_milestones{filter} ORDER BY project_code, ordinal, step_key", Args(), LedgerRows.Baseline, cancellationToken).ConfigureAwait(false);
        var changes = await QueryAsync(connection, tx, $"SELECT {LedgerRows.ChangeColumns} FROM ledger_milestone_changes{filter} ORDER BY id", Args(), LedgerRows.Change, cancellationToken).ConfigureAwait(false);
        var investment = await QueryAsync(connection, tx, $"SELECT {LedgerRows.InvestmentColumns} FROM ledger_investment{filter} ORDER BY seq", Args(), LedgerRows.Investment, cancellationToken).ConfigureAwait(false);
        var plans = await QueryAsync(connection, tx, $"SELECT {LedgerRows.PlanColumns} FROM ledger_annual_plans{filter} ORDER BY seq", Args(), LedgerRows.Plan, cancellationToken).ConfigureAwait(false);
        return LedgerRows.Assemble(baselines, changes, investment, plans);
    }

    /// <summary>Runs one query on a connection of its own in a read-only transaction that imports <paramref name="snapshot"/> (from pg_export_snapshot).</summary>
    private async Task<List<T>> InSnapshotAsync<T>(
        string snapshot, string sql, IReadOnlyList<(string Name, object Value)> parameters, Func<DbDataReader, T> row, CancellationToken cancellationToken)
    {
        if (!SnapshotId().IsMatch(snapshot))
        {
            throw new StoreException($"PostgreSQL exported an unexpected snapshot id '{snapshot}'");
        }

        await using var connection = await runner.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var tx = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken).ConfigureAwait(false);
        await using (var set = new NpgsqlCommand($"SET TRANSACTION READ ONLY; SET TRANSACTION SNAPSHOT '{snapshot}'", connection, tx))
        {
            await set.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        var rows = await QueryAsync(connection, tx, sql, [.. parameters.Select(p => new NpgsqlParameter(p.Name, p.Value))], row, cancellationToken).ConfigureAwait(false);
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return rows;
    }

    [GeneratedRegex("^[0-9A-F]+(-[0-9A-F]+)+$")]
    private static partial Regex SnapshotId();

    private static async Task<List<T>> QueryAsync<T>(
        NpgsqlConnection connection, NpgsqlTransaction? tx, string sql, NpgsqlParameter[] parameters, Func<DbDataReader, T> row, CancellationToken cancellationToken)
    {
        try
        {
            await using var command = new NpgsqlCommand(sql, connection, tx);
            command.Parameters.AddRange(parameters);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            var list = new List<T>();
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                list.Add(row(reader));
            }

            return list;
        }
        catch (PostgresException e) when (tx is null)
        {
            throw new StoreException($"PostgreSQL refused a ledger query: {e.MessageText} (SQLSTATE {e.SqlState})", e);
        }
        catch (NpgsqlException e) when (tx is null && e is not PostgresException)
        {
            throw new StoreException($"lost the connection to PostgreSQL while reading the ledger: {e.Message}", e);
        }
    }

    private static NpgsqlParameter Text(string? value) => new() { Value = (object?)value ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text };

    private static NpgsqlParameter TextArray(IEnumerable<ProjectCode> codes) => new() { Value = codes.Select(c => c.Value).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text };

    private static NpgsqlParameter Int(int value) => new() { Value = value, NpgsqlDbType = NpgsqlDbType.Integer };

    private static NpgsqlParameter Numeric(decimal value) => new() { Value = value, NpgsqlDbType = NpgsqlDbType.Numeric };

    private static NpgsqlParameter Bool(bool value) => new() { Value = value, NpgsqlDbType = NpgsqlDbType.Boolean };

    private static NpgsqlParameter Day(DateOnly? value) => new() { Value = value.HasValue ? value.Value : DBNull.Value, NpgsqlDbType = NpgsqlDbType.Date };
}
