using System.CommandLine;
using ProjectMap.Application.Ledger;
using ProjectMap.Cli.Infrastructure;
using ProjectMap.Domain.Ledger;
using ProjectMap.Domain.Projects;

namespace ProjectMap.Cli.Commands;

/// <summary><c>projectmap milestone list|set|history|template</c>: a project's milestones, their change log and the template.</summary>
public static class MilestoneCommands
{
    /// <summary>Creates the <c>milestone</c> command and its subcommands.</summary>
    public static Command Create(CliContext context)
    {
        var command = new Command("milestone", "Project milestones (里程碑): planned, forecast and actual dates, weights, change log, template");
        command.Subcommands.Add(List(context));
        command.Subcommands.Add(Set(context));
        command.Subcommands.Add(History(context));
        command.Subcommands.Add(Template(context));
        return command;
    }

    private static Option<string?> LangOption() => new("--lang") { Description = "Language of names: zh (default) or en" };

    private static Command List(CliContext context)
    {
        var code = new Argument<string>("CODE") { Description = "The project code" };
        var asOf = new Option<string?>("--as-of") { Description = "Show the milestones as they stood at a date (yyyy-MM-dd, end of that day, Asia/Shanghai) or 'now' (default)" };
        var json = new Option<bool>("--json") { Description = "Print the milestones as JSON" };
        var lang = LangOption();
        var command = new Command("list", "List a project's milestones with weights and dates, its stage and schedule progress") { code, asOf, json, lang };
        command.SetAction((parse, ct) => context.RunAsync(async () =>
        {
            var english = LedgerArgs.English(parse.GetValue(lang));
            var at = LedgerArgs.AsOf(parse.GetValue(asOf), DateTimeOffset.Now)!.Value;
            await using var store = await context.OpenStoreAsync(parse, create: false, ct).ConfigureAwait(false);
            var projectCode = ProjectCode.Parse(parse.GetValue(code));
            var ledger = await store.Ledger.GetAsync(projectCode, ct).ConfigureAwait(false);
            var milestones = ledger.MilestonesAsOf(at);
            var day = Domain.Time.DistrictTime.DateOf(at);
            var stage = MilestoneProgress.Stage(milestones, day);
            var progress = MilestoneProgress.SchedulePct(milestones, day);
            if (parse.GetValue(json))
            {
                await context.WriteJsonAsync(new
                {
                    code = projectCode.Value,
                    asOf = at,
                    stage = stage?.Step.Name(english),
                    scheduleProgressPct = progress,
                    milestones = milestones.Select(m => new
                    {
                        key = m.Step.Key,
                        name = m.Step.Name(english),
                        nameZh = m.Step.NameZh,
                        nameEn = m.Step.NameEn,
                        order = m.Order,
                        weight = m.Weight,
                        applicable = m.Applicable,
                        planned = m.Planned,
                        forecast = m.Forecast,
                        actual = m.Actual,
                        reached = m.IsReachedBy(day),
                    }),
                }).ConfigureAwait(false);
                return ExitCodes.Success;
            }

            if (milestones.Count == 0)
            {
                await context.Out.WriteLineAsync($"{projectCode}: no milestones recorded yet; set one with 'projectmap milestone set {projectCode} 开工 --planned yyyy-MM-dd'").ConfigureAwait(false);
                return ExitCodes.Success;
            }

            var table = new TextTable("#", "milestone", "weight", "applies", "planned", "forecast", "actual", "state");
            table.RightAligned.UnionWith([0, 2]);
            foreach (var m in milestones)
            {
                var state = !m.Applicable ? "n/a" : m.IsReachedBy(day) ? "reached" : m.Planned is { } p && p < day ? $"overdue {day.DayNumber - p.DayNumber} d" : "open";
                table.Add((m.Order + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), m.Step.Name(english), LedgerValues.FormatDecimal(m.Weight), m.Applicable ? "yes" : "no",
                    LedgerArgs.Show(m.Planned), LedgerArgs.Show(m.Forecast), LedgerArgs.Show(m.Actual), state);
            }

            await context.Out.WriteAsync(table.ToString()).ConfigureAwait(false);
            await context.Out.WriteLineAsync($"stage: {stage?.Step.Name(english) ?? "-"}; schedule progress {LedgerArgs.Pct(progress)} (as of {LedgerArgs.Instant(at)})").ConfigureAwait(false);
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Set(CliContext context)
    {
        var code = new Argument<string>("CODE") { Description = "The project code" };
        var step = new Argument<string>("MILESTONE") { Description = "The milestone: key (topping-out), Chinese (主体结构封顶) or English name" };
        var planned = new Option<string?>("--planned") { Description = "Planned date yyyy-MM-dd; moving an existing planned date needs --reason" };
        var forecast = new Option<string?>("--forecast") { Description = "Forecast date yyyy-MM-dd" };
        var clearForecast = new Option<bool>("--clear-forecast") { Description = "Remove the forecast date" };
        var actual = new Option<string?>("--actual") { Description = "Actual date yyyy-MM-dd (the day it was reached; not in the future)" };
        var clearActual = new Option<bool>("--clear-actual") { Description = "Remove the actual date (entered by mistake)" };
        var weight = new Option<string?>("--weight") { Description = "Weight in schedule-progress points, 0..100" };
        var applicable = new Option<string?>("--applicable") { Description = "yes or no: whether the step applies to this project (a retrofit has no 供地)" };
        var reason = new Option<string?>("--reason") { Description = "Why (required when the planned date moves)" };
        var by = new Option<string?>("--by") { Description = "Who records the change (default: the login name)" };
        var json = new Option<bool>("--json") { Description = "Print the change records as JSON" };
        var command = new Command("set", "Set a milestone's dates, weight or applicability; every change is kept with who, when, old, new and why")
        {
            code, step, planned, forecast, clearForecast, actual, clearActual, weight, applicable, reason, by, json,
        };
        command.SetAction((parse, ct) => context.RunAsync(async () =>
        {
            var update = new MilestoneUpdate
            {
                Code = ProjectCode.Parse(parse.GetValue(code)),
                Step = parse.GetValue(step)!,
                Planned = LedgerArgs.Date(parse.GetValue(planned), "--planned"),
                Forecast = LedgerArgs.Date(parse.GetValue(forecast), "--forecast"),
                ClearForecast = parse.GetValue(clearForecast),
                Actual = LedgerArgs.Date(parse.GetValue(actual), "--actual"),
                ClearActual = parse.GetValue(clearActual),
                Weight = parse.GetValue(weight) is { } w ? LedgerArgs.Amount(w, "--weight") : null,
                Applicable = parse.GetValue(applicable) is { } a ? YesNo(a) : null,
                Reason = parse.GetValue(reason) ?? string.Empty,
                By = LedgerArgs.By(parse.GetValue(by)),
                RecordedAt = DateTimeOffset.Now,
            };
            if ((update.Forecast is not null && update.ClearForecast) || (update.Actual is not null && update.ClearActual))
            {
                throw new CliException("give a date or --clear-…, not both");
            }

            await using var store = await context.OpenStoreAsync(parse, create: false, ct).ConfigureAwait(false);
            var changes = await LedgerService.SetMilestoneAsync(store, update, ct).ConfigureAwait(false);
            if (parse.GetValue(json))
            {
                await context.WriteJsonAsync(changes.Select(ChangeJson)).ConfigureAwait(false);
                return ExitCodes.Success;
            }

            if (changes.Count == 0)
            {
                await context.Out.WriteLineAsync($"{update.Code} {update.Step}: nothing changed").ConfigureAwait(false);
            }

            foreach (var c in changes)
            {
                await context.Out.WriteLineAsync($"{c.Code} {c.StepKey} {c.Field}: {c.OldValue ?? "-"} → {c.NewValue ?? "-"}{(c.Reason.Length > 0 ? " (" + c.Reason + ")" : string.Empty)}").ConfigureAwait(false);
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command History(CliContext context)
    {
        var code = new Argument<string>("CODE") { Description = "The project code" };
        var json = new Option<bool>("--json") { Description = "Print the change log as JSON" };
        var lang = LangOption();
        var command = new Command("history", "Show a project's milestone change log: who, when, field, old, new, reason") { code, json, lang };
        command.SetAction((parse, ct) => context.RunAsync(async () =>
        {
            var english = LedgerArgs.English(parse.GetValue(lang));
            await using var store = await context.OpenStoreAsync(parse, create: false, ct).ConfigureAwait(false);
            var ledger = await store.Ledger.GetAsync(ProjectCode.Parse(parse.GetValue(code)), ct).ConfigureAwait(false);
            if (parse.GetValue(json))
            {
                await context.WriteJsonAsync(ledger.MilestoneChanges.Select(ChangeJson)).ConfigureAwait(false);
                return ExitCodes.Success;
            }

            var names = ledger.Baselines.ToDictionary(m => m.Step.Key, m => m.Step.Name(english));
            var table = new TextTable("recorded", "by", "milestone", "field", "old", "new", "reason", "effective");
            foreach (var c in ledger.MilestoneChanges)
            {
                table.Add(LedgerArgs.Instant(c.RecordedAt), c.ChangedBy, names.GetValueOrDefault(c.StepKey, c.StepKey), c.Field.ToString().ToLowerInvariant(), c.OldValue ?? "-", c.NewValue ?? "-", c.Reason, LedgerArgs.Instant(c.EffectiveAt));
            }

            await context.Out.WriteAsync(table.ToString()).ConfigureAwait(false);
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Template(CliContext context)
    {
        var command = new Command("template", "The milestone template new projects' milestones are created from (editable)");
        var json = new Option<bool>("--json") { Description = "Print the template as JSON" };
        var list = new Command("list", "List the template's steps in order with their weights in points") { json };
        list.SetAction((parse, ct) => context.RunAsync(async () =>
        {
            await using var store = await context.OpenStoreAsync(parse, create: false, ct).ConfigureAwait(false);
            await PrintTemplateAsync(context, await store.Ledger.GetTemplateAsync(ct).ConfigureAwait(false), parse.GetValue(json)).ConfigureAwait(false);
            return ExitCodes.Success;
        }));

        var key = new Argument<string>("KEY") { Description = "The step key (ASCII letters, digits, '-' or '_'), e.g. grid-connection" };
        var zh = new Option<string?>("--zh") { Description = "Chinese name, e.g. 并网 (required for a new step)" };
        var en = new Option<string?>("--en") { Description = "English name, e.g. Grid connection (required for a new step)" };
        var weight = new Option<string?>("--weight") { Description = "Weight in schedule-progress points, 0..100 (required for a new step)" };
        var position = new Option<int?>("--position") { Description = "1-based position in the chain (default: keep, or last for a new step)" };
        var setJson = new Option<bool>("--json") { Description = "Print the new template as JSON" };
        var set = new Command("set", "Add or change a template step; existing projects keep the milestones they have") { key, zh, en, weight, position, setJson };
        set.SetAction((parse, ct) => context.RunAsync(async () =>
        {
            await using var store = await context.OpenStoreAsync(parse, create: false, ct).ConfigureAwait(false);
            var template = await store.Ledger.GetTemplateAsync(ct).ConfigureAwait(false);
            var k = parse.GetValue(key)!;
            var old = template.Steps.FirstOrDefault(s => s.Key == k);
            var step = new MilestoneStep(
                k,
                parse.GetValue(zh) ?? old?.NameZh ?? throw new CliException("--zh is required for a new step"),
                parse.GetValue(en) ?? old?.NameEn ?? throw new CliException("--en is required for a new step"),
                parse.GetValue(weight) is { } w ? LedgerArgs.Amount(w, "--weight") : old?.Weight ?? throw new CliException("--weight is required for a new step"));
            var updated = template.With(step, parse.GetValue(position) is { } p ? p - 1 : null);
            await store.Ledger.SaveTemplateAsync(updated, ct).ConfigureAwait(false);
            await PrintTemplateAsync(context, updated, parse.GetValue(setJson)).ConfigureAwait(false);
            return ExitCodes.Success;
        }));

        var removeKey = new Argument<string>("KEY") { Description = "The step key to remove" };
        var remove = new Command("remove", "Remove a step from the template; existing projects keep the milestones they have") { removeKey };
        remove.SetAction((parse, ct) => context.RunAsync(async () =>
        {
            await using var store = await context.OpenStoreAsync(parse, create: false, ct).ConfigureAwait(false);
            var updated = (await store.Ledger.GetTemplateAsync(ct).ConfigureAwait(false)).Without(parse.GetValue(removeKey)!);
            await store.Ledger.SaveTemplateAsync(updated, ct).ConfigureAwait(false);
            await PrintTemplateAsync(context, updated, json: false).ConfigureAwait(false);
            return ExitCodes.Success;
        }));
        command.Subcommands.Add(list);
        command.Subcommands.Add(set);
        command.Subcommands.Add(remove);
        return command;
    }

    private static async Task PrintTemplateAsync(CliContext context, MilestoneTemplate template, bool json)
    {
        if (json)
        {
            await context.WriteJsonAsync(template.Steps.Select((s, i) => new { position = i + 1, key = s.Key, nameZh = s.NameZh, nameEn = s.NameEn, weight = s.Weight })).ConfigureAwait(false);
            return;
        }

        var table = new TextTable("#", "key", "名称", "name", "weight");
        table.RightAligned.UnionWith([0, 4]);
        foreach (var (s, i) in template.Steps.Select((s, i) => (s, i)))
        {
            table.Add((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), s.Key, s.NameZh, s.NameEn, LedgerValues.FormatDecimal(s.Weight));
        }

        await context.Out.WriteAsync(table.ToString()).ConfigureAwait(false);
        await context.Out.WriteLineAsync($"total weight {LedgerValues.FormatDecimal(template.TotalWeight)} points").ConfigureAwait(false);
    }

    private static object ChangeJson(MilestoneChange c) => new
    {
        code = c.Code.Value,
        milestone = c.StepKey,
        field = c.Field.ToString().ToLowerInvariant(),
        oldValue = c.OldValue,
        newValue = c.NewValue,
        reason = c.Reason,
        changedBy = c.ChangedBy,
        recordedAt = c.RecordedAt,
        effectiveAt = c.EffectiveAt == EffectiveTime.Baseline ? null : (DateTimeOffset?)c.EffectiveAt,
    };

    private static bool YesNo(string text) => text.Trim().ToLowerInvariant() switch
    {
        "yes" or "y" or "true" or "1" or "是" => true,
        "no" or "n" or "false" or "0" or "否" => false,
        _ => throw new CliException($"--applicable: '{text}' is not yes or no"),
    };
}
