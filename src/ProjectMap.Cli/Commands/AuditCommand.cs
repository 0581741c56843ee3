using System.CommandLine;
using System.Globalization;
using ProjectMap.Application.Storage;
using ProjectMap.Cli.Infrastructure;
using ProjectMap.Domain.Access;
using ProjectMap.Domain.Time;

namespace ProjectMap.Cli.Commands;

/// <summary><c>projectmap audit [--limit N] [--user NAME] [--target CODE] [--json]</c>: the audit log of write attempts, newest first.</summary>
public static class AuditCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var limit = new Option<int>("--limit") { Description = "The most entries to show (1 to 1000)", DefaultValueFactory = _ => 50 };
        var user = new Option<string?>("--user") { Description = "Only entries of this login name" };
        var target = new Option<string?>("--target") { Description = "Only entries on this target (a project code or user name)" };
        var json = new Option<bool>("--json") { Description = "Print a JSON array of entries" };
        var command = new Command("audit", "Show the audit log of write attempts (done, refused, failed), newest first, times in Asia/Shanghai") { limit, user, target, json };
        command.SetAction((parse, ct) => context.RunAsync(async () =>
        {
            await using var store = await context.OpenStoreAsync(parse, create: false, ct).ConfigureAwait(false);
            var entries = await store.Audit.ListAsync(new AuditQuery(parse.GetValue(limit), null, parse.GetValue(user), parse.GetValue(target)), ct).ConfigureAwait(false);
            if (parse.GetValue(json))
            {
                await context.WriteJsonAsync(entries).ConfigureAwait(false);
                return ExitCodes.Success;
            }

            var table = new TextTable("id", "time (Asia/Shanghai)", "user", "action", "target", "outcome", "source", "detail");
            table.RightAligned.Add(0);
            foreach (var e in entries)
            {
                var local = TimeZoneInfo.ConvertTime(e.At, DistrictTime.Zone);
                table.Add(
                    e.Id.ToString(CultureInfo.InvariantCulture), local.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), e.User ?? "-", e.Action, e.Target,
                    e.Outcome switch { AuditOutcome.Done => "done", AuditOutcome.Refused => "refused", _ => "failed" }, e.Source, e.Detail);
            }

            await context.Out.WriteAsync(table.ToString()).ConfigureAwait(false);
            return ExitCodes.Success;
        }));
        return command;
    }
}
