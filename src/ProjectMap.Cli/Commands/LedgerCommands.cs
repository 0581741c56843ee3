using System.CommandLine;
using ProjectMap.Application.Ledger;
using ProjectMap.Application.Ledger.Import;
using ProjectMap.Application.Ledger.Spreadsheets;
using ProjectMap.Cli.Infrastructure;

namespace ProjectMap.Cli.Commands;

/// <summary><c>projectmap ledger import|export</c>: the ledger to and from Excel (XLSX) and CSV.</summary>
public static class LedgerCommands
{
    /// <summary>Creates the <c>ledger</c> command and its subcommands.</summary>
    public static Command Create(CliContext context)
    {
        var command = new Command("ledger", "Import and export the progress ledger (milestones, changes, monthly investment, annual plans) as XLSX or CSV");
        command.Subcommands.Add(Import(context));
        command.Subcommands.Add(Export(context));
        return command;
    }

    private static Command Import(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "An .xlsx workbook (every sheet whose headers name a ledger table) or a .csv file; Chinese or English headers" };
        var skip = new Option<bool>("--skip-invalid") { Description = "Import the good rows and report the bad ones; without it any bad row means nothing is imported" };
        var by = new Option<string?>("--by") { Description = "Who recorded rows without a 填报人 value (default: the login name)" };
        var json = new Option<bool>("--json") { Description = "Print what was imported (and skipped) as JSON" };
        var command = new Command("import", "Import ledger rows; every bad row is reported (sheet, row, column, problem) and nothing is stored unless all are good or --skip-invalid")
        {
            file, skip, by, json,
        };
        command.SetAction((parse, ct) => context.RunAsync(async () =>
        {
            await using var store = await context.OpenStoreAsync(parse, create: false, ct).ConfigureAwait(false);
            var options = new LedgerImportOptions(parse.GetValue(skip), LedgerArgs.By(parse.GetValue(by)), DateTimeOffset.Now);
            LedgerImportResult result;
            try
            {
                result = await LedgerImportService.ImportAsync(store, parse.GetValue(file)!, options, ct).ConfigureAwait(false);
            }
            catch (LedgerImportException e) when (e.Problems.Count > 0)
            {
                foreach (var p in e.Problems)
                {
                    await context.Error.WriteLineAsync(p.ToString()).ConfigureAwait(false);
                }

                throw new CliException(e.Message);
            }

            if (parse.GetValue(json))
            {
                await context.WriteJsonAsync(new
                {
                    tables = result.Tables.Select(t => new { sheet = t.Sheet, kind = t.Kind.ToString(), rows = t.Rows }),
                    rowsApplied = result.RowsApplied,
                    rowsUnchanged = result.RowsUnchanged,
                    milestoneChanges = result.MilestoneChanges,
                    investmentEntries = result.InvestmentEntries,
                    annualPlans = result.AnnualPlans,
                    skipped = result.Skipped.Select(p => new { sheet = p.Sheet, row = p.Row, column = p.Column, problem = p.Problem }),
                    warnings = result.Warnings,
                }).ConfigureAwait(false);
                return ExitCodes.Success;
            }

            foreach (var w in result.Warnings)
            {
                await context.Error.WriteLineAsync($"warning: {w}").ConfigureAwait(false);
            }

            foreach (var p in result.Skipped)
            {
                await context.Error.WriteLineAsync($"skipped: {p}").ConfigureAwait(false);
            }

            await context.Out.WriteLineAsync(
                $"imported {result.RowsApplied} row(s) ({result.MilestoneChanges} milestone changes, {result.InvestmentEntries} investment entries, {result.AnnualPlans} annual plans); " +
                $"{result.RowsUnchanged} unchanged, {result.Skipped.Select(p => (p.Sheet, p.Row)).Distinct().Count()} skipped").ConfigureAwait(false);
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Export(CliContext context)
    {
        var output = new Option<string>("--out") { Description = "The file to write: .xlsx (one sheet per table) or .csv (one table, chosen with --table)", Required = true };
        var table = new Option<LedgerTable[]>("--table") { Description = "Tables to write: milestones, changes, investment, plans (repeatable; default all for .xlsx, required once for .csv)", AllowMultipleArgumentsPerToken = true };
        var lang = new Option<string?>("--lang") { Description = "Language of headers and names: zh (default) or en" };
        var command = new Command("export", "Export the ledger as XLSX (real number and date cells) or CSV; the files import back unchanged") { output, table, lang };
        command.SetAction((parse, ct) => context.RunAsync(async () =>
        {
            var path = Path.GetFullPath(parse.GetValue(output)!);
            var tables = parse.GetValue(table) is { Length: > 0 } t ? t.Distinct().ToArray() : null;
            if (SpreadsheetFiles.IsCsv(path) && tables is not { Length: 1 })
            {
                throw new CliException("a CSV file holds one table: give --table milestones|changes|investment|plans, or write .xlsx for all");
            }

            if (!SpreadsheetFiles.IsCsv(path) && !SpreadsheetFiles.IsXlsx(path))
            {
                throw new CliException($"--out {path}: write a .xlsx or .csv file");
            }

            await using var store = await context.OpenStoreAsync(parse, create: false, ct).ConfigureAwait(false);
            var chosen = tables ?? Enum.GetValues<LedgerTable>();
            await LedgerExportService.ExportAsync(store, path, chosen, LedgerArgs.English(parse.GetValue(lang)), ct).ConfigureAwait(false);
            await context.Out.WriteLineAsync($"wrote {path} ({string.Join(", ", chosen.Select(c => c.ToString().ToLowerInvariant()))})").ConfigureAwait(false);
            return ExitCodes.Success;
        }));
        return command;
    }
}
