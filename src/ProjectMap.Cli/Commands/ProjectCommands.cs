using System.CommandLine;
using System.Globalization;
using ProjectMap.Application.Projects;
using ProjectMap.Application.Projects.Import;
using ProjectMap.Application.Serialization;
using ProjectMap.Cli.Infrastructure;
using ProjectMap.Domain.Projects;
using ProjectMap.Geodesy.Crs;

namespace ProjectMap.Cli.Commands;

/// <summary><c>projectmap project import|list|show</c>.</summary>
public static class ProjectCommands
{
    /// <summary>Creates the <c>project</c> command and its subcommands.</summary>
    public static Command Create(CliContext context)
    {
        var command = new Command("project", "Key projects and their parcels");
        command.Subcommands.Add(Import(context));
        command.Subcommands.Add(List(context));
        command.Subcommands.Add(Show(context));
        return command;
    }

    private static Command Import(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "GeoJSON (.geojson), shapefile (.shp) or KML/KMZ with parcel polygons and project attributes" };
        var crs = new Option<string?>("--crs") { Description = "CRS of the file's coordinates when it does not say, e.g. EPSG:4549 (CGCS2000 GK CM 120E) or EPSG:4490" };
        var encoding = new Option<string?>("--encoding") { Description = "Text encoding of a shapefile's .dbf (e.g. GBK, UTF-8); overrides its .cpg" };
        var fix = new Option<bool>("--fix") { Description = "Repair invalid or self-intersecting polygons instead of refusing them" };
        var json = new Option<bool>("--json") { Description = "Print the imported projects and warnings as JSON" };
        var command = new Command("import", "Import projects with their parcels; all features are stored or none") { file, crs, encoding, fix, json };
        command.SetAction((parse, ct) => context.RunAsync(async () =>
        {
            var options = new ProjectImportOptions(
                parse.GetValue(crs) is { } c ? SupportedCrs.Parse(c) : null, parse.GetValue(encoding), parse.GetValue(fix));
            await using var store = await context.OpenStoreAsync(parse, create: true, ct).ConfigureAwait(false);
            var result = await ProjectImportService.ImportAsync(store, parse.GetValue(file)!, options, ct).ConfigureAwait(false);
            if (parse.GetValue(json))
            {
                await context.WriteJsonAsync(new
                {
                    imported = result.Projects.Select(ProjectSummary.Of),
                    warnings = result.Warnings.Select(w => w.ToString()),
                }).ConfigureAwait(false);
                return ExitCodes.Success;
            }

            foreach (var w in result.Warnings)
            {
                await context.Error.WriteLineAsync($"warning: {w}").ConfigureAwait(false);
            }

            await context.Out.WriteLineAsync($"imported {result.Projects.Count} project(s) into {store.Location}").ConfigureAwait(false);
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command List(CliContext context)
    {
        var json = new Option<bool>("--json") { Description = "Print a JSON array of projects" };
        var command = new Command("list", "List projects with parcel area (m², 亩) and planned investment (万元)") { json };
        command.SetAction((parse, ct) => context.RunAsync(async () =>
        {
            await using var store = await context.OpenStoreAsync(parse, create: false, ct).ConfigureAwait(false);
            var summaries = (await store.Projects.ListAsync(ct).ConfigureAwait(false)).Select(ProjectSummary.Of).ToList();
            if (parse.GetValue(json))
            {
                await context.WriteJsonAsync(summaries).ConfigureAwait(false);
                return ExitCodes.Success;
            }

            var table = new TextTable("code", "name", "area m²", "area 亩", "declared 亩", "investment 万元", "stage");
            table.RightAligned.UnionWith([2, 3, 4, 5]);
            foreach (var s in summaries)
            {
                table.Add(
                    s.Code, s.Name, TextTable.Number(s.AreaM2, 0), TextTable.Number(s.AreaMu, 2),
                    s.DeclaredAreaMu is { } d ? TextTable.Number(d, 2) : "-", TextTable.Number((double)s.PlannedInvestmentWan, 0), s.Stage);
            }

            await context.Out.WriteAsync(table.ToString()).ConfigureAwait(false);
            foreach (var s in summaries.Where(s => s.AreaWarning is not null))
            {
                await context.Error.WriteLineAsync($"warning: {s.Code}: {s.AreaWarning}").ConfigureAwait(false);
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Show(CliContext context)
    {
        var code = new Argument<string>("CODE") { Description = "The project code" };
        var json = new Option<bool>("--json") { Description = "Print the project as JSON, parcel as GeoJSON (lon/lat)" };
        var command = new Command("show", "Show one project: facts, buildings, parcel area and the declared-area check") { code, json };
        command.SetAction((parse, ct) => context.RunAsync(async () =>
        {
            await using var store = await context.OpenStoreAsync(parse, create: false, ct).ConfigureAwait(false);
            var projectCode = ProjectCode.Parse(parse.GetValue(code));
            var project = await store.Projects.FindAsync(projectCode, ct).ConfigureAwait(false)
                          ?? throw new CliException($"no project with code '{projectCode}' in {store.Location}");
            var summary = ProjectSummary.Of(project);
            if (parse.GetValue(json))
            {
                await context.WriteJsonAsync(new
                {
                    summary.Code,
                    summary.Name,
                    summary.NameEn,
                    summary.Park,
                    project.Location,
                    summary.Industry,
                    summary.AreaM2,
                    summary.AreaMu,
                    summary.DeclaredAreaMu,
                    summary.AreaDifferencePct,
                    summary.AreaWarning,
                    summary.PlannedInvestmentWan,
                    summary.BuildingFloorAreaM2,
                    summary.StartDate,
                    summary.PlannedCompletion,
                    summary.Stage,
                    project.PhotovoltaicKwp,
                    project.Buildings,
                    parcel = GeoJson.ToElement(project.Parcel),
                }).ConfigureAwait(false);
                return ExitCodes.Success;
            }

            var ic = CultureInfo.InvariantCulture;
            var lines = new List<string>
            {
                $"{summary.Code}  {summary.Name}{(summary.NameEn is null ? string.Empty : "  (" + summary.NameEn + ")")}",
                $"  park            {summary.Park}",
                $"  location        {project.Location}",
                $"  industry        {summary.Industry}",
                $"  investment      {TextTable.Number((double)summary.PlannedInvestmentWan, 0)} 万元 ({(summary.PlannedInvestmentWan / 10000m).ToString("0.##", ic)} 亿元)",
                $"  parcel          {TextTable.Number(summary.AreaM2, 0)} m² = {TextTable.Number(summary.AreaMu, 2)} 亩 (declared {(summary.DeclaredAreaMu is { } d ? TextTable.Number(d, 2) + " 亩" : "-")})",
                $"  floor area      {(summary.BuildingFloorAreaM2 is { } f ? TextTable.Number(f, 0) + " m²" : "-")}",
                $"  start           {summary.StartDate?.ToString("yyyy-MM-dd", ic) ?? "-"}",
                $"  completion      {summary.PlannedCompletion?.ToString("yyyy-MM-dd", ic) ?? "-"}",
                $"  stage           {summary.Stage}",
            };
            lines.AddRange(project.Buildings.Select(b => $"  building        {b.NameZh}: {TextTable.Number(b.FloorAreaM2, 0)} m², {b.Storeys} storey(s)"));
            foreach (var line in lines)
            {
                await context.Out.WriteLineAsync(line).ConfigureAwait(false);
            }

            if (summary.AreaWarning is not null)
            {
                await context.Error.WriteLineAsync($"warning: {summary.AreaWarning}").ConfigureAwait(false);
            }

            return ExitCodes.Success;
        }));
        return command;
    }
}
