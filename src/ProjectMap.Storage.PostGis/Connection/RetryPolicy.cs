using Npgsql;

namespace ProjectMap.Storage.PostGis.Connection;

/// <summary>
/// When and how often a PostgreSQL transaction is run again: after a serialisation failure (SQLSTATE 40001) or a
/// deadlock (40P01) the whole transaction is retried, up to <see cref="MaxAttempts"/> times in all, waiting an
/// exponentially growing, randomly jittered delay between attempts so that competing writers spread out.
/// </summary>
public sealed class RetryPolicy
{
    /// <summary>SQLSTATE of a serialisation failure: the transaction conflicted with a concurrent one and may simply be run again.</summary>
    public const string SerializationFailure = "40001";

    /// <summary>SQLSTATE of a detected deadlock: the server chose this transaction as the victim.</summary>
    public const string DeadlockDetected = "40P01";

    /// <summary>SQLSTATE of a unique-constraint violation.</summary>
    public const string UniqueViolation = "23505";

    /// <summary>The policy stores use unless told otherwise: 12 attempts, 20 ms first delay, 2 s longest delay.</summary>
    public static RetryPolicy Default { get; } = new();

    /// <summary>How many times a transaction is attempted in all before giving up, at least 1.</summary>
    public int MaxAttempts { get; init; } = 12;

    /// <summary>The delay before the first retry; doubled before each further one.</summary>
    public TimeSpan FirstDelay { get; init; } = TimeSpan.FromMilliseconds(20);

    /// <summary>The longest delay between two attempts.</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>True for the errors a transaction is retried after: serialisation failures and deadlocks.</summary>
    public static bool IsTransient(PostgresException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error.SqlState is SerializationFailure or DeadlockDetected;
    }

    /// <summary>The wait before attempt <paramref name="nextAttempt"/> (2 or more): exponential, capped, jittered to between half and all of it.</summary>
    public TimeSpan DelayBefore(int nextAttempt)
    {
        var exponent = Math.Clamp(nextAttempt - 2, 0, 30);
        var full = Math.Min(MaxDelay.TotalMilliseconds, FirstDelay.TotalMilliseconds * Math.Pow(2, exponent));
#pragma warning disable CA5394 // jitter only spreads competing writers apart; it needs no cryptographic randomness
        var jittered = full * (0.5 + (Random.Shared.NextDouble() * 0.5));
#pragma warning restore CA5394
        return TimeSpan.FromMilliseconds(jittered);
    }
}
