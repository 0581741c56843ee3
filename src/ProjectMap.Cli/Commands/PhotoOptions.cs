using System.CommandLine;
using ProjectMap.Domain.Time;
using ProjectMap.Imagery.Inspection;
using ProjectMap.Imagery.Metadata;

namespace ProjectMap.Cli.Commands;

/// <summary>The georeferencing options shared by the <c>photo</c> commands, and their translation into <see cref="InspectionOptions"/>.</summary>
public sealed class PhotoOptions
{
    /// <summary>--ground-offset M.</summary>
    public Option<double> GroundOffset { get; } = new("--ground-offset")
    {
        Description = "Height of the ground under the photo relative to the take-off point in metres (+ = ground higher); camera height = RelativeAltitude − this",
        DefaultValueFactory = _ => 0,
    };

    /// <summary>--declination DEG.</summary>
    public Option<double> Declination { get; } = new("--declination")
    {
        Description = "Magnetic declination in degrees east added to gimbal yaw (default 0: yaw is taken as true north; Changzhou ≈ −5.5 if your drone reports magnetic yaw)",
        DefaultValueFactory = _ => 0,
    };

    /// <summary>--time-zone ID.</summary>
    public Option<string> TimeZone { get; } = new("--time-zone")
    {
        Description = "IANA zone in which capture times without an offset tag are read (DJI writes local time without a zone)",
        DefaultValueFactory = _ => DistrictTime.DefaultZoneId,
    };

    /// <summary>--max-file-mb N.</summary>
    public Option<long> MaxFileMb { get; } = new("--max-file-mb")
    {
        Description = "Reject files larger than this many MiB before reading them",
        DefaultValueFactory = _ => MetadataReadOptions.DefaultMaxFileBytes / (1024 * 1024),
    };

    /// <summary>--max-megapixels N.</summary>
    public Option<long> MaxMegapixels { get; } = new("--max-megapixels")
    {
        Description = "Reject images whose header declares more than this many megapixels",
        DefaultValueFactory = _ => MetadataReadOptions.DefaultMaxPixels / 1_000_000,
    };

    /// <summary>Adds the options to a command.</summary>
    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Options.Add(GroundOffset);
        command.Options.Add(Declination);
        command.Options.Add(TimeZone);
        command.Options.Add(MaxFileMb);
        command.Options.Add(MaxMegapixels);
    }

    /// <summary>The inspection options the command line asks for.</summary>
    public InspectionOptions Read(ParseResult parse, bool computeSha256)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var zoneId = parse.GetValue(TimeZone) ?? DistrictTime.DefaultZoneId;
        TimeZoneInfo zone;
        try
        {
            zone = DistrictTime.FindZone(zoneId);
        }
        catch (TimeZoneNotFoundException)
        {
            throw new Infrastructure.CliException($"unknown time zone '{zoneId}'; give an IANA name such as Asia/Shanghai");
        }

        var groundOffset = parse.GetValue(GroundOffset);
        var declination = parse.GetValue(Declination);
        if (!double.IsFinite(groundOffset) || !double.IsFinite(declination) || Math.Abs(declination) > 90)
        {
            throw new Infrastructure.CliException("--ground-offset must be a finite number of metres and --declination within ±90°");
        }

        return new InspectionOptions
        {
            Metadata = new MetadataReadOptions
            {
                TimeZone = zone,
                MaxFileBytes = Math.Max(1, parse.GetValue(MaxFileMb)) * 1024 * 1024,
                MaxPixels = Math.Max(1, parse.GetValue(MaxMegapixels)) * 1_000_000,
            },
            GroundOffsetM = groundOffset,
            MagneticDeclinationDeg = declination,
            ComputeSha256 = computeSha256,
        };
    }
}
