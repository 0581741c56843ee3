using System.Data;
using Npgsql;
using ProjectMap.Application.Storage;

namespace ProjectMap.Storage.PostGis.Connection;

/// <summary>
/// Runs units of work as single PostgreSQL transactions, retrying the whole unit after serialisation failures and
/// deadlocks as its <see cref="RetryPolicy"/> says. The work must therefore be safe to run again: it may only act
/// on the database through the connection and transaction it is given. Other database errors become
/// <see cref="StoreException"/>s naming the store; the store's own exceptions pass through untouched.
/// </summary>
public sealed class TransactionRunner
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly string _location;
    private long _retries;

    /// <summary>Creates a runner over a data source; <paramref name="location"/> names the store in messages.</summary>
    public TransactionRunner(NpgsqlDataSource dataSource, string location, RetryPolicy? policy = null)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        _dataSource = dataSource;
        _location = location;
        Policy = policy ?? RetryPolicy.Default;
    }

    /// <summary>The store's location (URL without password), for messages.</summary>
    public string Location => _location;

    /// <summary>The retry policy in force.</summary>
    public RetryPolicy Policy { get; }

    /// <summary>How many attempts were run again since this runner was made (all threads together).</summary>
    public long Retries => Interlocked.Read(ref _retries);

    /// <summary>
    /// Runs <paramref name="work"/> in one transaction at <paramref name="isolation"/> and commits it. Retries after a
    /// transient error, and also after errors <paramref name="retryAlso"/> accepts (for example a unique violation
    /// when the work checks for duplicates itself and will report them properly on the next attempt).
    /// </summary>
    public async Task<T> RunAsync<T>(
        IsolationLevel isolation,
        Func<NpgsqlConnection, NpgsqlTransaction, CancellationToken, Task<T>> work,
        CancellationToken cancellationToken,
        Func<PostgresException, bool>? retryAlso = null)
    {
        ArgumentNullException.ThrowIfNull(work);
        for (var attempt = 1; ; attempt++)
        {
            var (done, result, error) = await AttemptAsync(isolation, work, cancellationToken).ConfigureAwait(false);
            if (done)
            {
                return result!;
            }

            var retryable = RetryPolicy.IsTransient(error!) || (retryAlso?.Invoke(error!) ?? false);
            if (!retryable)
            {
                throw new StoreException($"PostgreSQL store {_location} refused the operation: {error!.MessageText} (SQLSTATE {error.SqlState})", error);
            }

            if (attempt >= Policy.MaxAttempts)
            {
                throw new StoreException(
                    $"PostgreSQL store {_location} kept refusing a transaction after {attempt} attempts ({error!.MessageText}, SQLSTATE {error.SqlState}); try again when fewer writers compete",
                    error);
            }

            Interlocked.Increment(ref _retries);
            await Task.Delay(Policy.DelayBefore(attempt + 1), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Runs <paramref name="work"/> in one transaction with no result; see the other overload.</summary>
    public Task RunAsync(
        IsolationLevel isolation,
        Func<NpgsqlConnection, NpgsqlTransaction, CancellationToken, Task> work,
        CancellationToken cancellationToken,
        Func<PostgresException, bool>? retryAlso = null)
    {
        ArgumentNullException.ThrowIfNull(work);
        return RunAsync(
            isolation,
            async (c, t, ct) =>
            {
                await work(c, t, ct).ConfigureAwait(false);
                return true;
            },
            cancellationToken,
            retryAlso);
    }

    /// <summary>Opens a connection for reading, turning connection failures into a <see cref="StoreException"/>.</summary>
    public async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (NpgsqlException e)
        {
            throw new StoreException($"cannot reach PostgreSQL store {_location}: {e.Message}", e);
        }
    }

    private async Task<(bool Done, T? Result, PostgresException? Error)> AttemptAsync<T>(
        IsolationLevel isolation, Func<NpgsqlConnection, NpgsqlTransaction, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(isolation, cancellationToken).ConfigureAwait(false);
        try
        {
            var result = await work(connection, transaction, cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return (true, result, null);
        }
        catch (PostgresException e)
        {
            return (false, default, e);
        }
        catch (NpgsqlException e)
        {
            throw new StoreException($"lost the connection to PostgreSQL store {_location}: {e.Message}", e);
        }
    }
}
