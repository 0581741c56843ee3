using System.Globalization;
using ProjectMap.Application.Storage;
using ProjectMap.Domain.Ledger;
using ProjectMap.Domain.Projects;
using ProjectMap.Domain.Time;

namespace ProjectMap.Storage.Contract.Tests.Ledger;

/// <summary>
/// Random but valid ledger histories made with the domain's planners from a seed: milestone plans, planned-date moves
/// with reasons, forecasts and actual dates set and cleared, weights and applicability changed, monthly returns with
/// corrections and annual plans with revisions, recorded at increasing instants from 2022 into 2024, in several batches.
/// </summary>
public sealed class RandomLedgerHistory
{
    private static readonly DateTimeOffset Start = new(2022, 1, 3, 9, 0, 0, TimeSpan.FromHours(8));

    private RandomLedgerHistory(IReadOnlyList<LedgerBatch> batches, IReadOnlyDictionary<ProjectCode, ProjectLedger> ledgers, IReadOnlyList<DateTimeOffset> instants)
    {
        Batches = batches;
        Ledgers = ledgers;
        Instants = instants;
    }

    /// <summary>The batches to append, in order.</summary>
    public IReadOnlyList<LedgerBatch> Batches { get; }

    /// <summary>Each project's ledger after every batch, as the domain holds it.</summary>
    public IReadOnlyDictionary<ProjectCode, ProjectLedger> Ledgers { get; }

    /// <summary>Interesting instants to read at: every effective instant recorded (ties included) and one tick before each.</summary>
    public IReadOnlyList<DateTimeOffset> Instants { get; }

    /// <summary>A history of <paramref name="operations"/> random updates over <paramref name="codes"/>, from <paramref name="seed"/>.</summary>
    public static RandomLedgerHistory Make(int seed, IReadOnlyList<ProjectCode> codes, MilestoneTemplate template, int operations)
    {
        var random = new Random(seed);
        var ledgers = codes.ToDictionary(c => c, ProjectLedger.Empty);
        var batches = new List<LedgerBatch>();
        var pending = new LedgerBatch([], [], [], []);
        var at = Start;
        for (var i = 0; i < operations; i++)
        {
            at = at.AddHours(random.Next(1, 200)).AddTicks(random.Next(0, 3) == 0 ? 0 : random.Next(1, 10_000_000));
            var code = codes[random.Next(codes.Count)];
            var ledger = ledgers[code];
            LedgerBatch? made;
            try
            {
                made = random.Next(10) switch
                {
                    < 5 => Milestone(random, ledger, template, code, at),
                    < 8 => Return(random, ledger, at),
                    _ => Plan(random, ledger, at),
                };
            }
            catch (LedgerRuleException)
            {
                continue; // the planner refused this random update (an actual date after its recording day, for example)
            }

            if (made is null)
            {
                continue;
            }

            ledgers[code] = ledger.Append(made.NewMilestones, made.MilestoneChanges, made.Investment, made.AnnualPlans);
            pending = pending.Concat(made);
            if (random.Next(6) == 0)
            {
                batches.Add(pending);
                pending = new LedgerBatch([], [], [], []);
            }
        }

        batches.Add(pending);
        var effective = ledgers.Values.SelectMany(l =>
            l.MilestoneChanges.Select(c => c.EffectiveAt).Concat(l.Investment.Select(e => e.EffectiveAt)).Concat(l.AnnualPlans.Select(p => p.EffectiveAt)));
        var instants = effective.Where(e => e > EffectiveTime.Baseline).SelectMany(e => new[] { e, e.AddTicks(-1) }).Distinct().Order().ToList();
        return new RandomLedgerHistory(batches, ledgers, instants);
    }

    /// <summary>
    /// A basis as text (every field a status reads, amounts in canonical form), for comparisons that name what differs.
    /// The template weight copied into a milestone's step is left out: stores keep one baseline weight per milestone, so
    /// a milestone created with its own weight reads back with that as its step's weight too, and no status reads it.
    /// </summary>
    public static string Describe(StatusBasis b)
    {
        ArgumentNullException.ThrowIfNull(b);
        var ic = CultureInfo.InvariantCulture;
        var milestones = b.Milestones.Select(m => string.Create(ic, $"{m.Step.Key}#{m.Order} {m.Step.NameZh}/{m.Step.NameEn} w={m.Weight} a={m.Applicable} p={m.Planned} f={m.Forecast} x={m.Actual}"));
        var moves = b.PlannedDateMoves.Select(m => $"{m.StepKey}<-{m.OldValue}:{m.Reason}");
        return string.Create(ic, $"{b.Code} {b.Month} {b.AsOf.UtcTicks} | {string.Join("; ", milestones)} | {string.Join("; ", moves)} | month={b.MonthReturnWan} cum={b.CumulativeWan} ytd={b.YearToDateWan} plan={b.AnnualPlanWan}");
    }

    private static LedgerBatch? Milestone(Random random, ProjectLedger ledger, MilestoneTemplate template, ProjectCode code, DateTimeOffset at)
    {
        // Half the time a step already planned, so planned dates get moved (with a reason).
        var planned = ledger.CurrentMilestones().Where(m => m.Planned is not null).Select(m => m.Step.Key).ToList();
        var step = planned.Count > 0 && random.Next(2) == 0 ? planned[random.Next(planned.Count)] : template.Steps[random.Next(template.Steps.Count)].Key;
        var day = DateOnly.FromDateTime(at.DateTime).AddDays(random.Next(-200, 200));
        var update = new MilestoneUpdate { Code = code, Step = step, By = "测试员", RecordedAt = at, Reason = random.Next(2) == 0 ? "设计变更" : "资金到位推迟" };
        update = random.Next(9) switch
        {
            < 3 => update with { Planned = day },
            3 => update with { Forecast = day },
            4 => update with { ClearForecast = true },
            5 => update with { Actual = day.AddDays(-200) },
            6 => update with { ClearActual = true },
            7 => update with { Weight = random.Next(0, 30) },
            _ => update with { Applicable = random.Next(3) != 0 },
        };
        var plan = MilestonePlanner.Plan(ledger, template, update);
        return plan.NewMilestones.Count == 0 && plan.Changes.Count == 0 ? null : new LedgerBatch(plan.NewMilestones, plan.Changes, [], []);
    }

    private static LedgerBatch? Return(Random random, ProjectLedger ledger, DateTimeOffset at)
    {
        var month = YearMonth.Of(DateOnly.FromDateTime(at.DateTime)).AddMonths(-random.Next(0, 4));
        var amount = random.Next(0, 5_000_000) / 100m + (random.Next(4) == 0 ? random.Next(0, 100) / 10_000m : 0m);
        var entry = InvestmentPlanner.Return(ledger, month, amount, "更正", "测试员", at);
        return entry is null ? null : new LedgerBatch([], [], [entry], []);
    }

    private static LedgerBatch? Plan(Random random, ProjectLedger ledger, DateTimeOffset at)
    {
        var plan = InvestmentPlanner.Plan(ledger, at.Year + random.Next(0, 2), random.Next(1, 10_000_000) / 100m, "年中调整", "测试员", at);
        return plan is null ? null : new LedgerBatch([], [], [], [plan]);
    }
}
