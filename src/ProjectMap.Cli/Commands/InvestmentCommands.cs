using System.CommandLine;
using System.Globalization;
using ProjectMap.Application.Ledger;
using ProjectMap.Cli.Infrastructure;
using ProjectMap.Domain.Ledger;
using ProjectMap.Domain.Projects;

namespace ProjectMap.Cli.Commands;

/// <summary><c>projectmap investment add|list|plan|plans</c>: monthly investment returns (万元) and annual plans.</summary>
public static class InvestmentCommands
{
    /// <summary>Creates the <c>investment</c> command and its subcommands.</summary>
    public static Command Create(CliContext context)
    {
        var command = new Command("investment", "Investment in 万元: monthly completed amounts (月度完成投资) and annual plans (年度计划)");
        command.Subcommands.Add(Add(context));
        command.Subcommands.Add(List(context));
        command.Subcommands.Add(Plan(context));
        command.Subcommands.Add(Plans(context));
        return command;
    }

    private static Command Add(CliContext context)
    {
        var code = new Argument<string>("CODE") { Description = "The project code" };
        var month = new Option<string>("--month") { Description = "The month the investment was completed in, yyyy-MM", Required = true };
        var amount = new Option<string>("--amount") { Description = "Investment completed in the month, in 万元 (e.g. 2500 or 2500.5)", Required = true };
        var reason = new Option<string?>("--reason") { Description = "Why; required when the month already has an amount (the new entry then corrects it)" };
        var by = new Option<string?>("--by") { Description = "Who records the return (default: the login name)" };
        var json = new Option<bool>("--json") { Description = "Print the stored entry as JSON" };
        var command = new Command("add", "Record a month's completed investment; a different amount for a month that has one is a correction (never an overwrite)")
        {
            code, month, amount, reason, by, json,
        };
        command.SetAction((parse, ct) => context.RunAsync(async () =>
        {
            await using var store = await context.OpenStoreAsync(parse, create: false, ct).ConfigureAwait(false);
            var entry = await LedgerService.AddInvestmentAsync(
                store, ProjectCode.Parse(parse.GetValue(code)), LedgerArgs.Month(parse.GetValue(month), "--month"), LedgerArgs.Amount(parse.GetValue(amount), "--amount"),
                parse.GetValue(reason) ?? string.Empty, LedgerArgs.By(parse.GetValue(by)), DateTimeOffset.Now, ct).ConfigureAwait(false);
            if (parse.GetValue(json))
            {
                await context.WriteJsonAsync(entry is null ? null : EntryJson(entry, counts: true)).ConfigureAwait(false);
            }
            else if (entry is null)
            {
                await context.Out.WriteLineAsync("nothing changed: the month already has that amount").ConfigureAwait(false);
            }
            else
            {
                await context.Out.WriteLineAsync($"{entry.Code} {entry.Month}: {LedgerArgs.Wan(entry.AmountWan)} 万元 recorded{(entry.CorrectsId is { } c ? $" (corrects {c})" : string.Empty)}, counts from {LedgerArgs.Instant(entry.EffectiveAt)}").ConfigureAwait(false);
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command List(CliContext context)
    {
        var code = new Argument<string?>("CODE") { Description = "The project code (default: every project)", Arity = ArgumentArity.ZeroOrOne };
        var asOf = new Option<string?>("--as-of") { Description = "Show the returns that counted at a date (yyyy-MM-dd, end of that day) or 'now' (default)" };
        var all = new Option<bool>("--all") { Description = "Show every entry, corrected ones included, with what corrects what" };
        var json = new Option<bool>("--json") { Description = "Print the entries as JSON" };
        var command = new Command("list", "List monthly investment returns with cumulative totals in 万元") { code, asOf, all, json };
        command.SetAction((parse, ct) => context.RunAsync(async () =>
        {
            var at = LedgerArgs.AsOf(parse.GetValue(asOf), DateTimeOffset.Now)!.Value;
            await using var store = await context.OpenStoreAsync(parse, create: false, ct).ConfigureAwait(false);
            var ledgers = parse.GetValue(code) is { } c
                ? [await store.Ledger.GetAsync(ProjectCode.Parse(c), ct).ConfigureAwait(false)]
                : await store.Ledger.ListAsync(ct).ConfigureAwait(false);
            var showAll = parse.GetValue(all);
            var rows = ledgers.SelectMany(l =>
            {
                var counting = l.InvestmentAsOf(at).Select(e => e.Id).ToHashSet();
                var entries = showAll ? l.Investment.OrderBy(e => e.Month).ThenBy(e => e.EffectiveAt).ToList() : l.InvestmentAsOf(at).ToList();
                var cumulative = 0m;
                return entries.Select(e =>
                {
                    var counts = counting.Contains(e.Id);
                    cumulative += counts ? e.AmountWan : 0m;
                    return (Entry: e, Counts: counts, Cumulative: cumulative);
                }).ToList();
            }).ToList();
            if (parse.GetValue(json))
            {
                await context.WriteJsonAsync(rows.Select(r => new { entry = EntryJson(r.Entry, r.Counts), cumulativeInvestmentWan = r.Cumulative })).ConfigureAwait(false);
                return ExitCodes.Success;
            }

            var table = new TextTable("code", "month", "amount 万元", "cumulative 万元", "counts", "recorded", "by", "reason", "corrects");
            table.RightAligned.UnionWith([2, 3]);
            foreach (var (e, counts, cumulative) in rows)
            {
                table.Add(e.Code.Value, e.Month.ToString(), LedgerArgs.Wan(e.AmountWan), counts ? LedgerArgs.Wan(cumulative) : string.Empty, counts ? "yes" : "no",
                    LedgerArgs.Instant(e.RecordedAt), e.RecordedBy, e.Reason, e.CorrectsId?.ToString()[..8] ?? string.Empty);
            }

            await context.Out.WriteAsync(table.ToString()).ConfigureAwait(false);
            await context.Out.WriteLineAsync($"as of {LedgerArgs.Instant(at)}").ConfigureAwait(false);
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Plan(CliContext context)
    {
        var code = new Argument<string>("CODE") { Description = "The project code" };
        var year = new Option<int>("--year") { Description = "The calendar year, e.g. 2024", Required = true };
        var amount = new Option<string>("--amount") { Description = "Planned investment for the year, in 万元", Required = true };
        var reason = new Option<string?>("--reason") { Description = "Why; required when the year already has a plan (the new plan then revises it)" };
        var by = new Option<string?>("--by") { Description = "Who records the plan (default: the login name)" };
        var json = new Option<bool>("--json") { Description = "Print the stored plan as JSON" };
        var command = new Command("plan", "Set a project's annual investment plan (年度计划投资); a revision keeps the earlier plan") { code, year, amount, reason, by, json };
        command.SetAction((parse, ct) => context.RunAsync(async () =>
        {
            await using var store = await context.OpenStoreAsync(parse, create: false, ct).ConfigureAwait(false);
            var plan = await LedgerService.SetAnnualPlanAsync(
                store, ProjectCode.Parse(parse.GetValue(code)), parse.GetValue(year), LedgerArgs.Amount(parse.GetValue(amount), "--amount"),
                parse.GetValue(reason) ?? string.Empty, LedgerArgs.By(parse.GetValue(by)), DateTimeOffset.Now, ct).ConfigureAwait(false);
            if (parse.GetValue(json))
            {
                await context.WriteJsonAsync(plan is null ? null : PlanJson(plan)).ConfigureAwait(false);
            }
            else
            {
                await context.Out.WriteLineAsync(plan is null ? "nothing changed: the year already has that plan" : string.Create(CultureInfo.InvariantCulture, $"{plan.Code} {plan.Year}: plan {LedgerArgs.Wan(plan.PlanWan)} 万元 recorded")).ConfigureAwait(false);
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Plans(CliContext context)
    {
        var code = new Argument<string?>("CODE") { Description = "The project code (default: every project)", Arity = ArgumentArity.ZeroOrOne };
        var json = new Option<bool>("--json") { Description = "Print the plans as JSON" };
        var command = new Command("plans", "List annual investment plans, revisions included") { code, json };
        command.SetAction((parse, ct) => context.RunAsync(async () =>
        {
            await using var store = await context.OpenStoreAsync(parse, create: false, ct).ConfigureAwait(false);
            var ledgers = parse.GetValue(code) is { } c
                ? [await store.Ledger.GetAsync(ProjectCode.Parse(c), ct).ConfigureAwait(false)]
                : await store.Ledger.ListAsync(ct).ConfigureAwait(false);
            var plans = ledgers.SelectMany(l => l.AnnualPlans).ToList();
            if (parse.GetValue(json))
            {
                await context.WriteJsonAsync(plans.Select(PlanJson)).ConfigureAwait(false);
                return ExitCodes.Success;
            }

            var table = new TextTable("code", "year", "plan 万元", "recorded", "by", "reason", "revises");
            table.RightAligned.Add(2);
            foreach (var p in plans)
            {
                table.Add(p.Code.Value, p.Year.ToString(CultureInfo.InvariantCulture), LedgerArgs.Wan(p.PlanWan), LedgerArgs.Instant(p.RecordedAt), p.RecordedBy, p.Reason, p.CorrectsId?.ToString()[..8] ?? string.Empty);
            }

            await context.Out.WriteAsync(table.ToString()).ConfigureAwait(false);
            return ExitCodes.Success;
        }));
        return command;
    }

    private static object EntryJson(InvestmentEntry e, bool counts) => new
    {
        id = e.Id,
        code = e.Code.Value,
        month = e.Month.ToString(),
        amountWan = e.AmountWan,
        correctsId = e.CorrectsId,
        counts,
        reason = e.Reason,
        recordedBy = e.RecordedBy,
        recordedAt = e.RecordedAt,
        effectiveAt = e.EffectiveAt,
    };

    private static object PlanJson(AnnualPlan p) => new
    {
        id = p.Id,
        code = p.Code.Value,
        year = p.Year,
        planWan = p.PlanWan,
        correctsId = p.CorrectsId,
        reason = p.Reason,
        recordedBy = p.RecordedBy,
        recordedAt = p.RecordedAt,
        effectiveAt = p.EffectiveAt == EffectiveTime.Baseline ? null : (DateTimeOffset?)p.EffectiveAt,
    };
}
