using System.Globalization;
using ProjectMap.Domain.Ledger;
using ProjectMap.Domain.Time;

namespace ProjectMap.Application.Storage;

/// <summary>
/// The SQL with which a store computes every project's <see cref="StatusBasis"/> in its database, so a monthly status
/// of all projects reads the baselines, the effective changes' values and one row of sums per project instead of the
/// whole ledger with its reasons, names and instants. Written once for the ledger's
/// table layout (see <see cref="LedgerRows"/>) and specialised per SQL dialect: text instants and months are compared
/// in their fixed layouts (<see cref="LedgerValues.InstantFormat"/>, yyyy-MM), where byte order is time order, and
/// amounts are summed as whole 1/10,000 万元 (1 yuan) so a sum is exact on REAL and numeric columns alike.
/// Parameters: <c>@at</c> the instant as text, <c>@month</c> and <c>@year_start</c> as yyyy-MM, <c>@year</c> an integer
/// (see <see cref="Parameters"/>). Read the rows with <see cref="StatusBasisRows"/>.
/// </summary>
public sealed class StatusBasisSql
{
    /// <summary>Amounts are summed as integers of this many parts per 万元 (4 decimals, 1 yuan).</summary>
    public const decimal AmountScale = 10_000m;

    private readonly string _c;
    private readonly Func<string, string> _scaled;

    private StatusBasisSql(string byteOrder, Func<string, string> scaled)
    {
        _c = byteOrder;
        _scaled = scaled;
    }

    /// <summary>SQLite (GeoPackage): text compares bytewise by default; REAL amounts are scaled and cast to INTEGER before summing.</summary>
    public static StatusBasisSql Sqlite { get; } = new(string.Empty, x => $"CAST(round(({x}) * 10000) AS INTEGER)");

    /// <summary>PostgreSQL: text compared with COLLATE "C" (bytewise, whatever the database's collation); numeric amounts scaled and rounded.</summary>
    public static StatusBasisSql PostgreSql { get; } = new(" COLLATE \"C\"", x => $"round(({x}) * 10000)");

    /// <summary>Every stored project's code, ordered by code.</summary>
    public static string Codes => "SELECT code FROM projects ORDER BY code";

    /// <summary>Every milestone's baseline (the columns of <see cref="LedgerRows.BaselineColumns"/>), by project and step key.</summary>
    public static string Baselines => $"SELECT {LedgerRows.BaselineColumns} FROM ledger_milestones ORDER BY project_code, step_key";

    /// <summary>
    /// The milestone changes effective by <c>@at</c> (project, step key, field, new value) in the order the domain applies
    /// them: by project and step, then effective instant, then recording order (an index on project, step and effective
    /// instant delivers them without a sort).
    /// </summary>
    public string EffectiveChanges => $"""
        SELECT project_code, step_key, field, new_value
        FROM ledger_milestone_changes
        WHERE effective_at{_c} <= @at
        ORDER BY project_code, step_key, effective_at{_c}, id
        """;

    /// <summary>Per project and step, the last recorded move of the planned date (old value not null) effective by <c>@at</c>: project, step key, old value, reason.</summary>
    public string PlannedDateMoves => $"""
        SELECT project_code, step_key, old_value, reason FROM (
          SELECT project_code, step_key, old_value, reason, row_number() OVER (PARTITION BY project_code, step_key ORDER BY id DESC) AS rn
          FROM ledger_milestone_changes
          WHERE field = 'Planned' AND old_value IS NOT NULL AND effective_at{_c} <= @at) moved
        WHERE rn = 1
        ORDER BY project_code, step_key
        """;

    /// <summary>
    /// Per project with returns that count at <c>@at</c> for months up to <c>@month</c> (each the last link of its
    /// correction chain effective by then): the cumulative, year-to-date and month sums in 1/10,000 万元 (the month's
    /// null when no return for it counts). The redundant <c>c.corrects_id IS NOT NULL</c> lets PostgreSQL hash only the
    /// corrections (from the corrects_id index) for the anti-join instead of every return.
    /// </summary>
    public string Investment => $"""
        SELECT e.project_code,
          sum({_scaled("e.amount_wan")}) AS cumulative,
          sum(CASE WHEN e.month{_c} >= @year_start THEN {_scaled("e.amount_wan")} ELSE 0 END) AS year_to_date,
          sum(CASE WHEN e.month = @month THEN {_scaled("e.amount_wan")} END) AS month_amount
        FROM ledger_investment e
        WHERE e.effective_at{_c} <= @at AND e.month{_c} <= @month
          AND NOT EXISTS (SELECT 1 FROM ledger_investment c WHERE c.corrects_id = e.id AND c.corrects_id IS NOT NULL AND c.effective_at{_c} <= @at)
        GROUP BY e.project_code
        ORDER BY e.project_code
        """;

    /// <summary>Per project, the annual plan for <c>@year</c> that counts at <c>@at</c>: project, plan in 万元.</summary>
    public string AnnualPlans => $"""
        SELECT e.project_code, e.plan_wan
        FROM ledger_annual_plans e
        WHERE e.year = @year AND e.effective_at{_c} <= @at
          AND NOT EXISTS (SELECT 1 FROM ledger_annual_plans c WHERE c.corrects_id = e.id AND c.corrects_id IS NOT NULL AND c.effective_at{_c} <= @at)
        ORDER BY e.project_code
        """;

    /// <summary>The parameters of these queries (names without the @) for <paramref name="month"/> as of <paramref name="asOf"/>.</summary>
    public static IReadOnlyList<(string Name, object Value)> Parameters(YearMonth month, DateTimeOffset asOf) =>
    [
        ("at", LedgerValues.FormatInstant(asOf)),
        ("month", month.ToString()),
        ("year_start", new YearMonth(month.Year, 1).ToString()),
        ("year", month.Year),
    ];

    /// <summary>A sum in 1/10,000 万元 as read from either dialect (integer or numeric), in 万元.</summary>
    public static decimal Unscale(object value) => LedgerValues.Canonical(Convert.ToDecimal(value, CultureInfo.InvariantCulture) / AmountScale);
}
