using System.CommandLine;
using ProjectMap.Application.Photos;
using ProjectMap.Application.Storage;
using ProjectMap.Cli.Infrastructure;
using ProjectMap.Web;
using ProjectMap.Web.Basemaps;
using ProjectMap.Web.Uploads;

namespace ProjectMap.Cli.Commands;

/// <summary>The options <c>serve</c> and <c>demo --serve</c> share.</summary>
public sealed class ServeOptions
{
    /// <summary>--urls.</summary>
    public Option<string[]> Urls { get; } = new("--urls")
    {
        Description = $"Address(es) to listen on, e.g. {ViewerOptions.DefaultUrl} (loopback; use http://0.0.0.0:5080 to serve the network)",
        DefaultValueFactory = _ => [ViewerOptions.DefaultUrl],
        AllowMultipleArgumentsPerToken = true,
    };

    /// <summary>--allow-anonymous-read.</summary>
    public Option<bool> AllowAnonymousRead { get; } = new("--allow-anonymous-read") { Description = "Let anyone read the map and the APIs without logging in (public progress boards); writes still need a login" };

    /// <summary>--settings.</summary>
    public Option<string?> Settings { get; } = new("--settings") { Description = "A JSON settings file: title, basemaps (kind, key, url, gcj02, names, attribution), defaultBasemap (see README)" };

    /// <summary>--basemap.</summary>
    public Option<string[]> Basemap { get; } = new("--basemap")
    {
        Description = $"Offer a basemap ({string.Join(", ", BasemapKinds.All.Where(k => k.Kind != BasemapKind.Xyz).Select(k => k.Name))}); repeatable. None by default: nothing external is requested",
        AllowMultipleArgumentsPerToken = true,
    };

    /// <summary>--tianditu-key.</summary>
    public Option<string?> TiandituKey { get; } = new("--tianditu-key") { Description = "The Tianditu key (tk) for the tianditu-* basemaps (or $PROJECTMAP_TIANDITU_KEY)" };

    /// <summary>--basemap-url.</summary>
    public Option<string?> BasemapUrl { get; } = new("--basemap-url") { Description = "Offer an XYZ basemap from a URL template, e.g. an intranet mirror http://gis.local/{z}/{x}/{y}.png" };

    /// <summary>--basemap-url-gcj02.</summary>
    public Option<bool> BasemapUrlGcj02 { get; } = new("--basemap-url-gcj02") { Description = "The --basemap-url tiles are drawn in GCJ-02 (like Gaode's); our layers are shifted for display" };

    /// <summary>--default-basemap.</summary>
    public Option<string?> DefaultBasemap { get; } = new("--default-basemap") { Description = "The basemap shown first: a kind given with --basemap, 'xyz' for --basemap-url, a settings-file id, or 'none' (default)" };

    /// <summary>--title.</summary>
    public Option<string?> Title { get; } = new("--title") { Description = "The title in the header, e.g. 武进区重点项目一张图 (default 重点项目一张图 / Key Projects Map)" };

    /// <summary>--keys-dir.</summary>
    public Option<string?> KeysDir { get; } = new("--keys-dir") { Description = "Folder for the keys protecting login cookies (default: projectmap-keys beside a GeoPackage store)" };

    /// <summary>--files.</summary>
    public Option<string?> Files { get; } = new("--files")
    {
        Description = "Folder of the photo files (originals/, quarantine/; uploads are received there too); default: $PROJECTMAP_FILES, else the folder recorded in the store (projectmap init --files), else <db name>.files beside a GeoPackage store; a PostgreSQL store with none shows footprints only (originals cannot be opened nor photos uploaded)",
    };

    /// <summary>--tiles.</summary>
    public Option<string?> Tiles { get; } = new("--tiles")
    {
        Description = "The tiles root written by 'projectmap tiles build' ({project}/{yyyy-mm}/{z}/{x}/{y}.png), shown as each month's imagery; default: tiles beside a GeoPackage store, ./tiles for PostgreSQL",
    };

    /// <summary>--upload-max-mb.</summary>
    public Option<int?> UploadMaxMb { get; } = new("--upload-max-mb") { Description = "Largest photo accepted by the upload page, in MiB (default 200)" };

    /// <summary>--upload-max-files.</summary>
    public Option<int?> UploadMaxFiles { get; } = new("--upload-max-files") { Description = "Most files taken in one drop on the upload page, and most unfinished uploads per user (default 500)" };

    /// <summary>Adds every option to a command.</summary>
    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        foreach (Option o in new Option[] { Urls, AllowAnonymousRead, Settings, Basemap, TiandituKey, BasemapUrl, BasemapUrlGcj02, DefaultBasemap, Title, KeysDir, Files, Tiles, UploadMaxMb, UploadMaxFiles })
        {
            command.Options.Add(o);
        }
    }

    /// <summary>
    /// <paramref name="viewer"/> (from <see cref="Read"/>) completed for an open store: without --files the photo folder
    /// is found as every other command finds it ($PROJECTMAP_FILES, the store's setting, beside a GeoPackage; none for a
    /// server store with no folder configured), and the monthly report download is headed with
    /// <paramref name="district"/> and <paramref name="organisation"/> (either may be empty).
    /// </summary>
    public async Task<ViewerOptions> CompleteAsync(ViewerOptions viewer, ParseResult parse, IProjectMapStore store, string district, string organisation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(store);
        var root = parse.GetValue(Files) is null ? await FindPhotoFilesAsync(store, cancellationToken).ConfigureAwait(false) : viewer.PhotoFilesRoot;
        return viewer with { PhotoFilesRoot = root, MonthlyReports = new ServeMonthlyReports(root, district, organisation) };
    }

    /// <summary>The viewer options the command line gives, for a store at <paramref name="db"/>.</summary>
    public ViewerOptions Read(ParseResult parse, string db)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var key = parse.GetValue(TiandituKey) ?? Environment.GetEnvironmentVariable("PROJECTMAP_TIANDITU_KEY");
        var basemaps = new List<BasemapSettings>();
        foreach (var name in parse.GetValue(Basemap) ?? [])
        {
            var kind = BasemapKinds.Parse(name);
            if (kind == BasemapKind.Xyz)
            {
                throw new CliException("--basemap xyz needs a URL: use --basemap-url URL");
            }

            basemaps.Add(new BasemapSettings { Id = BasemapKinds.Name(kind), Kind = kind, Key = key });
        }

        if (parse.GetValue(BasemapUrl) is { } url)
        {
            basemaps.Add(new BasemapSettings { Id = "xyz", Kind = BasemapKind.Xyz, Url = url, Gcj02 = parse.GetValue(BasemapUrlGcj02), NameZh = "自定义底图", NameEn = "Custom basemap" });
        }

        var urls = (parse.GetValue(Urls) ?? [ViewerOptions.DefaultUrl])
            .SelectMany(u => u.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        var options = new ViewerOptions
        {
            Urls = urls,
            AllowAnonymousRead = parse.GetValue(AllowAnonymousRead),
            Title = parse.GetValue(Title),
            Basemaps = basemaps,
            DefaultBasemap = parse.GetValue(DefaultBasemap),
            KeysDirectory = parse.GetValue(KeysDir) is { } k ? Path.GetFullPath(k) : DefaultKeysDirectory(db),
            PhotoFilesRoot = parse.GetValue(Files) is { } f ? Path.GetFullPath(f) : null, // else found in the store by CompleteAsync
            TilesRoot = Path.GetFullPath(parse.GetValue(Tiles) ?? DefaultTilesRoot(db)),
            Uploads = Limits(parse),
        };
        if (parse.GetValue(Settings) is { } settings)
        {
            options = ViewerSettingsFile.Apply(settings, options);
            if (parse.GetValue(Title) is { } title)
            {
                options = options with { Title = title };
            }

            if (parse.GetValue(DefaultBasemap) is { } d)
            {
                options = options with { DefaultBasemap = d };
            }
        }

        return options;
    }

    private UploadLimits Limits(ParseResult parse)
    {
        var limits = UploadLimits.Default;
        if (parse.GetValue(UploadMaxMb) is { } mb)
        {
            limits = mb > 0 ? limits with { MaxFileBytes = mb * 1024L * 1024L } : throw new CliException("--upload-max-mb must be at least 1");
        }

        if (parse.GetValue(UploadMaxFiles) is { } files)
        {
            limits = files > 0 ? limits with { MaxFilesPerBatch = files, MaxOpenUploads = files } : throw new CliException("--upload-max-files must be at least 1");
        }

        return limits;
    }

    private static async Task<string?> FindPhotoFilesAsync(IProjectMapStore store, CancellationToken cancellationToken)
    {
        PhotoFilesLocation location;
        try
        {
            location = await PhotoStoreCommands.ResolveFilesAsync(store, null, cancellationToken).ConfigureAwait(false);
        }
        catch (StoreException)
        {
            return null; // a server store with no folder configured: footprints only
        }

        // A recorded folder that is not mounted here is an error, not a viewer without photos.
        return location.Open().Root;
    }

    private static string DefaultTilesRoot(string db) =>
        db.Contains("://", StringComparison.Ordinal) ? "tiles" : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(db)) ?? ".", "tiles");

    private static string? DefaultKeysDirectory(string db) =>
        db.Contains("://", StringComparison.Ordinal) ? null : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(db)) ?? ".", "projectmap-keys");
}
