using System.Data;
using Npgsql;
using ProjectMap.Application.Storage;
using ProjectMap.Storage.PostGis.Connection;
using ProjectMap.Testing;

namespace ProjectMap.Storage.PostGis.Tests.Connection;

/// <summary>The retry machinery against real serialisation failures and deadlocks on the private server.</summary>
[Collection(PostgresCollection.Name)]
public sealed class TransactionRunnerTests(PostgresServer server)
{
    private static readonly RetryPolicy Quick = new() { MaxAttempts = 8, FirstDelay = TimeSpan.FromMilliseconds(5), MaxDelay = TimeSpan.FromMilliseconds(100) };

    [Fact]
    public async Task RunAsync_FailsTwiceWithSerializationFailure_RunsAgainAndCommitsOnlyTheLastAttempt()
    {
        var (dataSource, runner, db) = await ScratchAsync("CREATE TABLE t (attempt int)", Quick);
        await using var _ = dataSource;
        var attempts = 0;

        var result = await runner.RunAsync(
            IsolationLevel.ReadCommitted,
            async (c, tx, ct) =>
            {
                var attempt = ++attempts;
                await Exec(c, tx, $"INSERT INTO t VALUES ({attempt})");
                if (attempt < 3)
                {
                    await Exec(c, tx, "DO $$ BEGIN RAISE EXCEPTION 'forced conflict' USING ERRCODE = 'serialization_failure'; END $$");
                }

                return attempt;
            },
            CancellationToken.None);

        Assert.Equal(3, result);
        Assert.Equal(2, runner.Retries);
        Assert.Equal("3", await server.QueryAsync(db, "SELECT string_agg(attempt::text, ',') FROM t"));
    }

    [Fact]
    public async Task RunAsync_AlwaysConflicting_GivesUpAfterMaxAttemptsWithStoreException()
    {
        var policy = new RetryPolicy { MaxAttempts = 3, FirstDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(5) };
        var (dataSource, runner, _) = await ScratchAsync("SELECT 1", policy);
        await using var _ = dataSource;

        var (attempts, e) = await FailingAsync(runner, "DO $$ BEGIN RAISE EXCEPTION 'forced deadlock' USING ERRCODE = 'deadlock_detected'; END $$");

        Assert.Equal(3, attempts);
        Assert.Contains("after 3 attempts", e.Message, StringComparison.Ordinal);
        Assert.Contains("40P01", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_NonTransientError_FailsAtOnceWithStoreException()
    {
        var (dataSource, runner, _) = await ScratchAsync("CREATE TABLE t (n int NOT NULL)", Quick);
        await using var _ = dataSource;

        var (attempts, e) = await FailingAsync(runner, "INSERT INTO t VALUES (NULL)");

        Assert.Equal(1, attempts);
        Assert.Equal(0, runner.Retries);
        Assert.Contains("23502", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_RealDeadlockBetweenTwoWriters_BothCommitAfterRetry()
    {
        var (dataSource, runner, db) = await ScratchAsync("CREATE TABLE acct (id int PRIMARY KEY, n int NOT NULL); INSERT INTO acct VALUES (1, 0), (2, 0);", Quick);
        await using var _ = dataSource;
        using var bothLockedFirstRow = new Barrier(2);

        async Task Writer(int first, int second)
        {
            var attempt = 0;
            await runner.RunAsync(
                IsolationLevel.ReadCommitted,
                async (c, tx, ct) =>
                {
                    attempt++;
                    await Exec(c, tx, $"UPDATE acct SET n = n + 1 WHERE id = {first}");
                    if (attempt == 1)
                    {
                        bothLockedFirstRow.SignalAndWait(TimeSpan.FromSeconds(30)); // both hold one row: lock in opposite order
                    }

                    await Exec(c, tx, $"UPDATE acct SET n = n + 1 WHERE id = {second}");
                },
                CancellationToken.None);
        }

        await Task.WhenAll(Task.Run(() => Writer(1, 2)), Task.Run(() => Writer(2, 1)));

        Assert.True(runner.Retries >= 1, "one writer should have been chosen as the deadlock victim and retried");
        Assert.Equal("2,2", await server.QueryAsync(db, "SELECT string_agg(n::text, ',' ORDER BY id) FROM acct"));
    }

    [Fact]
    public async Task RunAsync_RealWriteSkewUnderSerializable_RetriedSoTheInvariantHolds()
    {
        // Two on-call doctors; each writer takes one off call only if another stays on call (the classic write skew).
        var (dataSource, runner, db) = await ScratchAsync("CREATE TABLE oncall (name text PRIMARY KEY, on_call bool NOT NULL); INSERT INTO oncall VALUES ('a', true), ('b', true);", Quick);
        await using var _ = dataSource;
        using var bothRead = new Barrier(2);

        async Task GoOffCall(string who)
        {
            var attempt = 0;
            await runner.RunAsync(
                IsolationLevel.Serializable,
                async (c, tx, ct) =>
                {
                    attempt++;
                    await using var count = new NpgsqlCommand("SELECT count(*) FROM oncall WHERE on_call", c, tx);
                    var onCall = (long)(await count.ExecuteScalarAsync(ct))!;
                    if (attempt == 1)
                    {
                        bothRead.SignalAndWait(TimeSpan.FromSeconds(30));
                    }

                    if (onCall >= 2)
                    {
                        await Exec(c, tx, $"UPDATE oncall SET on_call = false WHERE name = '{who}'");
                    }
                },
                CancellationToken.None);
        }

        await Task.WhenAll(Task.Run(() => GoOffCall("a")), Task.Run(() => GoOffCall("b")));

        Assert.True(runner.Retries >= 1, "one writer should have hit a serialisation failure and been retried");
        Assert.Equal("1", await server.QueryAsync(db, "SELECT count(*) FROM oncall WHERE on_call"));
    }

    [Fact]
    public void DelayBefore_GrowingAttempts_DoublesUpToTheCapWithJitter()
    {
        var policy = new RetryPolicy { FirstDelay = TimeSpan.FromMilliseconds(20), MaxDelay = TimeSpan.FromMilliseconds(500) };

        for (var i = 0; i < 50; i++)
        {
            Assert.InRange(policy.DelayBefore(2).TotalMilliseconds, 10, 20);
            Assert.InRange(policy.DelayBefore(4).TotalMilliseconds, 40, 80);
            Assert.InRange(policy.DelayBefore(30).TotalMilliseconds, 250, 500);
        }
    }

    private async Task<(NpgsqlDataSource DataSource, TransactionRunner Runner, string Database)> ScratchAsync(string setupSql, RetryPolicy policy)
    {
        var url = await server.CreateDatabaseAsync("tx");
        var db = PostgresServer.DatabaseOf(url);
        await server.ExecuteAsync(db, setupSql);
        var dataSource = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(server.ConnectionStringFor(db)) { Pooling = true });
        return (dataSource, new TransactionRunner(dataSource, url, policy), db);
    }

    /// <summary>Runs a unit of work that always fails with <paramref name="sql"/>; returns how often it was attempted and the error.</summary>
    private static async Task<(int Attempts, StoreException Error)> FailingAsync(TransactionRunner runner, string sql)
    {
        var attempts = 0;
        var e = await Assert.ThrowsAsync<StoreException>(() => runner.RunAsync(
            IsolationLevel.ReadCommitted,
            async (c, tx, ct) =>
            {
                attempts++;
                await Exec(c, tx, sql);
            },
            CancellationToken.None));
        return (attempts, e);
    }

    private static async Task Exec(NpgsqlConnection c, NpgsqlTransaction tx, string sql)
    {
        await using var command = new NpgsqlCommand(sql, c, tx);
        await command.ExecuteNonQueryAsync();
    }
}
