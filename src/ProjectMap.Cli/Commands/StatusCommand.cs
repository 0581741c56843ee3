using System.CommandLine;
using ProjectMap.Application.Ledger;
using ProjectMap.Cli.Infrastructure;
using ProjectMap.Domain.Ledger;

namespace ProjectMap.Cli.Commands;

/// <summary>
/// <c>projectmap status --month YYYY-MM [--json]</c>: every project's status (正常/预警/滞后) with reasons, stage and
/// progress figures for a month, as the ledger stood at the month's end (Asia/Shanghai) unless <c>--as-of</c> says otherwise.
/// </summary>
public static class StatusCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var month = new Option<string>("--month") { Description = "The month to report, yyyy-MM", Required = true };
        var asOf = new Option<string?>("--as-of") { Description = "Read the ledger as it stood at a date (yyyy-MM-dd, end of that day) or 'now'; default: the month's end, so later corrections do not change the figures" };
        var json = new Option<bool>("--json") { Description = "Print a JSON array: code, name, status, reasons, stage, scheduleProgressPct, investmentProgressPct, monthInvestmentWan, cumulativeInvestmentWan, …" };
        var lang = new Option<string?>("--lang") { Description = "Language of reasons and stage names: zh (default) or en" };
        var warningDays = new Option<int?>("--milestone-warning-days") { Description = "Days a milestone may be overdue as a warning before it is delayed (default 30)" };
        var warningPoints = new Option<decimal?>("--investment-warning-points") { Description = "Points behind the elapsed share of the year's plan that make a warning (default 15)" };
        var delayedPoints = new Option<decimal?>("--investment-delayed-points") { Description = "Points behind the elapsed share of the year's plan that make delayed (default 30)" };
        var noForecast = new Option<bool>("--no-forecast-warning") { Description = "Do not warn when a forecast date is later than the planned date" };
        var command = new Command("status", "Status of every project for a month: normal/warning/delayed (正常/预警/滞后) with reasons, stage, schedule and investment progress")
        {
            month, asOf, json, lang, warningDays, warningPoints, delayedPoints, noForecast,
        };
        command.SetAction((parse, ct) => context.RunAsync(async () =>
        {
            var m = LedgerArgs.Month(parse.GetValue(month), "--month");
            var english = LedgerArgs.English(parse.GetValue(lang));
            var defaults = StatusRules.Default;
            var rules = new StatusRules
            {
                MilestoneWarningDays = parse.GetValue(warningDays) ?? defaults.MilestoneWarningDays,
                InvestmentWarningPoints = parse.GetValue(warningPoints) ?? defaults.InvestmentWarningPoints,
                InvestmentDelayedPoints = parse.GetValue(delayedPoints) ?? defaults.InvestmentDelayedPoints,
                WarnOnLateForecast = !parse.GetValue(noForecast),
            };
            rules.Validate();
            var at = LedgerArgs.AsOf(parse.GetValue(asOf), null);
            await using var store = await context.OpenStoreAsync(parse, create: false, ct).ConfigureAwait(false);
            var statuses = await StatusReportService.BuildAsync(store, m, rules, at, ct).ConfigureAwait(false);
            if (parse.GetValue(json))
            {
                await context.WriteJsonAsync(statuses.Select(s => StatusJson.Of(s, english))).ConfigureAwait(false);
                return ExitCodes.Success;
            }

            await context.Out.WriteAsync(StatusTable.Render(statuses, english)).ConfigureAwait(false);
            return ExitCodes.Success;
        }));
        return command;
    }
}
