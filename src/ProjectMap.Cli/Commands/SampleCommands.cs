using System.CommandLine;
using System.Globalization;
using ProjectMap.Cli.Infrastructure;
using ProjectMap.Domain.Projects;
using ProjectMap.Imagery.Cameras;
using ProjectMap.Rendering.Synthetic;
using ProjectMap.Rendering.Synthetic.Photo;
using ProjectMap.Rendering.Synthetic.Scene;
using ProjectMap.Rendering.Synthetic.Timeline;

namespace ProjectMap.Cli.Commands;

/// <summary>
/// <c>projectmap sample render</c>: renders the synthetic drone photos of the sample district (the committed set, or
/// one shot at a given pose and time) with exact ground-truth sidecars.
/// </summary>
public static class SampleCommands
{
    /// <summary>Creates the <c>sample</c> command and its subcommands.</summary>
    public static Command Create(CliContext context)
    {
        var command = new Command("sample", "The sample district's synthetic drone photos");
        command.Subcommands.Add(Render(context));
        return command;
    }

    private static Command Render(CliContext context)
    {
        var output = new Option<string?>("--out") { Description = "Folder to write into (default: the sample folder's photos/ for the set, the working directory for one shot)" };
        var sample = new Option<string?>("--sample") { Description = "The sample-imagery folder with district/projects.geojson (default: found above the working directory)" };
        var only = new Option<string?>("--project") { Description = "Only shots of this project code (set), or the project to photograph (single shot)" };
        var at = new Option<string?>("--at") { Description = "Single shot: local Asia/Shanghai capture time, e.g. 2023-12-14T10:35:00 (the scene shows the site on that date)" };
        var lat = new Option<double?>("--lat") { Description = "Single shot: camera latitude in degrees (default: over the parcel's centre, or stood back for oblique shots)" };
        var lon = new Option<double?>("--lon") { Description = "Single shot: camera longitude in degrees (give with --lat)" };
        var height = new Option<double>("--height") { Description = "Single shot: height above the take-off ground in metres (DJI RelativeAltitude)", DefaultValueFactory = _ => 200 };
        var yaw = new Option<double>("--yaw") { Description = "Single shot: gimbal yaw in degrees clockwise from true north", DefaultValueFactory = _ => 0 };
        var pitch = new Option<double>("--pitch") { Description = "Single shot: gimbal pitch in degrees, -90 = straight down, 0 = horizon", DefaultValueFactory = _ => -90 };
        var roll = new Option<double>("--roll") { Description = "Single shot: gimbal roll in degrees, positive = right side down", DefaultValueFactory = _ => 0 };
        var width = new Option<int>("--width") { Description = "Single shot: output width in pixels (a multiple of 3; height = width × 2/3)", DefaultValueFactory = _ => SampleSet.WidthPx };
        var name = new Option<string>("--name") { Description = "Single shot: file name without extension", DefaultValueFactory = _ => "DJI_9001" };
        var story = new Option<bool>("--story") { Description = "Take milestone dates from the built-in sample story instead of the sample ledger (district/milestones.csv, milestone-changes.csv)" };
        var json = new Option<bool>("--json") { Description = "Print the written files as JSON" };
        var command = new Command("render", "Render the sample photo set deterministically (same command, same bytes), or one shot when --at is given")
        {
            output, sample, only, at, lat, lon, height, yaw, pitch, roll, width, name, story, json,
        };
        command.SetAction((parse, ct) => context.RunAsync(async () =>
        {
            var sampleDir = parse.GetValue(sample) is { } s ? Path.GetFullPath(s) : SampleLocator.Find();
            var projects = SampleSetRenderer.LoadProjects(sampleDir);
            ISiteTimelineSource timelines = parse.GetValue(story)
                ? new SampleStoryTimelineSource()
                : await SampleLedgerTimelines.LoadAsync(sampleDir, projects, ct).ConfigureAwait(false);
            var world = new DistrictWorld(projects, timelines);
            var files = new List<string>();
            if (parse.GetValue(at) is { } atText)
            {
                var when = DateTime.ParseExact(atText, ["yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None);
                var code = ProjectCode.Parse(parse.GetValue(only) ?? throw new CliException("a single shot needs --project CODE"));
                ProjectSite site;
                try
                {
                    site = world.SiteOf(code);
                }
                catch (KeyNotFoundException e)
                {
                    throw new CliException(e.Message);
                }

                if (parse.GetValue(width) % 3 != 0 || parse.GetValue(width) is < 300 or > 8000)
                {
                    throw new CliException("--width must be a multiple of 3 between 300 and 8000 pixels");
                }

                var attitude = new CameraAttitude(parse.GetValue(yaw), parse.GetValue(pitch), parse.GetValue(roll));
                if (!attitude.IsValid || parse.GetValue(pitch) > -5)
                {
                    throw new CliException("gimbal angles out of range: pitch must be between -90 and -5 degrees, roll within ±180");
                }

                if (!(parse.GetValue(height) > 1))
                {
                    throw new CliException("--height must be more than 1 metre above the ground");
                }

                var shot = SampleSet.Shot(world, site, when, attitude.PitchDeg <= -89.99 ? "nadir" : "oblique", parse.GetValue(height), attitude.YawDeg, attitude.PitchDeg, attitude.RollDeg, new ShotLook(), parse.GetValue(name)!)
                    with { WidthPx = parse.GetValue(width) };
                if (parse.GetValue(lat) is { } la && parse.GetValue(lon) is { } lo)
                {
                    shot = shot with { Pose = shot.Pose with { LatitudeDeg = la, LongitudeDeg = lo } };
                }

                files.Add(SyntheticPhotoWriter.Write(world, shot, Path.GetFullPath(parse.GetValue(output) ?? ".")));
            }
            else
            {
                var outDir = Path.GetFullPath(parse.GetValue(output) ?? Path.Combine(sampleDir, "photos"));
                files.AddRange(SampleSetRenderer.RenderAll(world, outDir, parse.GetValue(only), path =>
                {
                    if (!parse.GetValue(json))
                    {
                        context.Out.WriteLine($"wrote {path} ({new FileInfo(path).Length / 1024} KiB)");
                    }
                }));
            }

            var bytes = files.Sum(f => new FileInfo(f).Length + new FileInfo(Path.ChangeExtension(f, ".json")).Length);
            if (parse.GetValue(json))
            {
                await context.WriteJsonAsync(new { timelineSource = timelines.Description, files, totalBytes = bytes }).ConfigureAwait(false);
            }
            else
            {
                await context.Out.WriteLineAsync($"{files.Count} photo(s) with sidecars, {bytes / 1048576.0:0.00} MB; milestones from the {timelines.Description}").ConfigureAwait(false);
            }

            return ExitCodes.Success;
        }));
        return command;
    }
}
