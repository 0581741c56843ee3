using System.CommandLine;
using ProjectMap.Application.Storage.Copy;
using ProjectMap.Cli.Infrastructure;

namespace ProjectMap.Cli.Commands;

/// <summary><c>projectmap db copy|checksum</c>: move a whole store between GeoPackage and PostGIS and prove nothing was lost.</summary>
public static class DbCommands
{
    /// <summary>Creates the <c>db</c> command and its subcommands.</summary>
    public static Command Create(CliContext context)
    {
        var command = new Command("db", "Whole-store operations: copy between GeoPackage files and PostGIS databases, content checksums");
        command.Subcommands.Add(Copy(context));
        command.Subcommands.Add(Checksum(context));
        return command;
    }

    private static Command Copy(CliContext context)
    {
        var from = new Option<string>("--from") { Description = "The store to copy from: a GeoPackage file path or postgresql://user@host:port/db", Required = true };
        var to = new Option<string>("--to") { Description = "The store to copy into, which must hold nothing yet: a new GeoPackage path or a new/empty PostgreSQL database (created when missing)", Required = true };
        var json = new Option<bool>("--json") { Description = "Print counts and checksums per concern as JSON" };
        var command = new Command(
            "copy",
            "Copy every project (and later ledger and photo record) from one store into an empty one, in either direction, then compare counts and SHA-256 content checksums per concern; exit 1 when anything differs")
        {
            from, to, json,
        };
        command.SetAction((parse, ct) => context.RunAsync(async () =>
        {
            var fromDb = parse.GetValue(from)!;
            var toDb = parse.GetValue(to)!;
            await using var source = await StoreOpener.OpenAsync(fromDb, create: false, ct).ConfigureAwait(false);
            await using var destination = await StoreOpener.OpenAsync(toDb, create: true, ct).ConfigureAwait(false);
            var report = await StoreCopier.CopyAsync(source, destination, cancellationToken: ct).ConfigureAwait(false);
            if (parse.GetValue(json))
            {
                await context.WriteJsonAsync(new
                {
                    from = new { location = report.SourceLocation, kind = StoreOpener.KindOf(fromDb) },
                    to = new { location = report.DestinationLocation, kind = StoreOpener.KindOf(toDb) },
                    equal = report.AllEqual,
                    concerns = report.Concerns.Select(c => new
                    {
                        concern = c.Concern,
                        copied = c.Copied,
                        sourceCount = c.Source.Count,
                        destinationCount = c.Destination.Count,
                        sourceSha256 = c.Source.Sha256,
                        destinationSha256 = c.Destination.Sha256,
                        equal = c.Equal,
                        differences = c.Differences,
                    }),
                }).ConfigureAwait(false);
            }
            else
            {
                await context.Out.WriteLineAsync($"copied {StoreOpener.KindOf(fromDb)} {report.SourceLocation} -> {StoreOpener.KindOf(toDb)} {report.DestinationLocation}").ConfigureAwait(false);
                var table = new TextTable("concern", "copied", "source", "destination", "source sha256", "destination sha256", "equal");
                table.RightAligned.UnionWith([1, 2, 3]);
                foreach (var c in report.Concerns)
                {
                    table.Add(c.Concern, Count(c.Copied), Count(c.Source.Count), Count(c.Destination.Count), c.Source.Sha256, c.Destination.Sha256, c.Equal ? "yes" : "NO");
                }

                await context.Out.WriteAsync(table.ToString()).ConfigureAwait(false);
            }

            if (!report.AllEqual)
            {
                var bad = report.Concerns.Where(c => !c.Equal).Select(c =>
                    $"{c.Concern}: {c.Source.Count} in source, {c.Destination.Count} in destination, checksums differ{(c.Differences.Count > 0 ? " (" + string.Join(", ", c.Differences) + ")" : string.Empty)}");
                throw new CliException($"the copy differs from its source: {string.Join("; ", bad)}");
            }

            if (!parse.GetValue(json))
            {
                await context.Out.WriteLineAsync("all concerns equal: nothing lost").ConfigureAwait(false);
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Checksum(CliContext context)
    {
        var json = new Option<bool>("--json") { Description = "Print counts and checksums per concern as JSON" };
        var command = new Command(
            "checksum",
            "Print the item count and SHA-256 content checksum of each concern in the --db store; equal stores give equal checksums whatever their kind")
        {
            json,
        };
        command.SetAction((parse, ct) => context.RunAsync(async () =>
        {
            await using var store = await context.OpenStoreAsync(parse, create: false, ct).ConfigureAwait(false);
            var digests = await StoreCopier.DigestAsync(store, cancellationToken: ct).ConfigureAwait(false);
            if (parse.GetValue(json))
            {
                await context.WriteJsonAsync(new
                {
                    location = store.Location,
                    concerns = digests.Select(d => new { concern = d.Concern, count = d.Count, sha256 = d.Sha256 }),
                }).ConfigureAwait(false);
                return ExitCodes.Success;
            }

            var table = new TextTable("concern", "count", "sha256");
            table.RightAligned.Add(1);
            foreach (var d in digests)
            {
                table.Add(d.Concern, Count(d.Count), d.Sha256);
            }

            await context.Out.WriteLineAsync(store.Location).ConfigureAwait(false);
            await context.Out.WriteAsync(table.ToString()).ConfigureAwait(false);
            return ExitCodes.Success;
        }));
        return command;
    }

    private static string Count(long n) => TextTable.Number(n, 0);
}
